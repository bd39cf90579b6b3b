package io.storesphere.cart;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.service.OperableServiceContract;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cart service boots against the AWS emulators and answers operators as every service
 * must.
 */
@UseAwsEmulators
class CartServiceIT extends OperableServiceContract {

	CartServiceIT() {
		super("cart-service");
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		Response doc = HttpProbe.get(baseUrl() + "/v3/api-docs");
		assertThat(doc.status()).isEqualTo(200);
		assertThat(doc.body()).contains("\"openapi\":\"3.")
			.contains("StoreSphere cart-service API")
			.contains("\"/api/cart\"")
			.contains("\"/api/cart/items\"")
			.contains("\"/api/cart/items/{productId}\"")
			.contains("\"/api/cart/accept-prices\"");
	}

	/**
	 * What the document says is what the service answers: the gateway as the only server,
	 * the real success statuses, JSON bodies, and problems for errors.
	 */
	@Test
	void theOpenApiDocumentTellsTheStatusesAndMediaTypesTheServiceAnswers() {
		JsonNode doc = JsonMapper.shared().readTree(HttpProbe.get(baseUrl() + "/v3/api-docs").body());

		assertThat(doc.get("servers").size()).isEqualTo(1);
		assertThat(doc.at("/servers/0/url").asString()).isEqualTo("/");
		JsonNode add = doc.at("/paths/~1api~1cart~1items/post/responses");
		assertThat(add.propertyNames()).containsExactly("200", "400", "401", "406", "409", "414", "415", "422", "503");
		assertThat(add.at("/200/content").propertyNames()).containsExactly("application/json");
		assertThat(add.at("/409/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(add.at("/400/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		// Removing answers the cart as it now is, not a 204.
		JsonNode remove = doc.at("/paths/~1api~1cart~1items~1{productId}/delete/responses");
		assertThat(remove.propertyNames()).contains("200", "404", "409").doesNotContain("204", "415");
		assertThat(remove.at("/200/content").propertyNames()).containsExactly("application/json");
		JsonNode get = doc.at("/paths/~1api~1cart/get");
		assertThat(get.get("responses").propertyNames()).containsExactly("200", "401", "414", "503");
		assertThat(get.at("/security/0").propertyNames()).containsExactly("bearer");
	}

	@Test
	void theCatalogCircuitBreakerIsAMetric() {
		assertThat(HttpProbe.get(baseUrl() + "/actuator/prometheus").body())
			.contains("resilience4j_circuitbreaker_state{application=\"cart-service\",name=\"catalog\"");
	}

}
