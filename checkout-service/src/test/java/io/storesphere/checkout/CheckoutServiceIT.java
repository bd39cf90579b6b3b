package io.storesphere.checkout;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.service.OperableServiceContract;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkout service boots against the AWS emulators and answers operators as every service
 * must.
 */
@UseAwsEmulators
class CheckoutServiceIT extends OperableServiceContract {

	CheckoutServiceIT() {
		super("checkout-service");
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		Response doc = HttpProbe.get(baseUrl() + "/v3/api-docs");
		assertThat(doc.status()).isEqualTo(200);
		assertThat(doc.body()).contains("\"openapi\":\"3.")
			.contains("StoreSphere checkout-service API")
			.contains("\"/api/checkout\"")
			.contains("\"/api/orders\"")
			.contains("\"/api/orders/{orderId}\"")
			.contains("\"/api/admin/orders\"")
			.contains("Idempotency-Key")
			.doesNotContain("\"Jwt\"")
			.doesNotContain("\"name\":\"caller\"");
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
		JsonNode checkout = doc.at("/paths/~1api~1checkout/post");
		assertThat(checkout.get("responses").propertyNames()).containsExactly("201", "400", "401", "402", "406", "409",
				"414", "415", "422", "503");
		assertThat(checkout.at("/responses/201/content").propertyNames()).containsExactly("application/json");
		JsonNode key = checkout.get("parameters").get(0);
		assertThat(key.get("name").asString()).isEqualTo("Idempotency-Key");
		assertThat(key.get("in").asString()).isEqualTo("header");
		assertThat(key.get("required").asBoolean()).isTrue();
		assertThat(checkout.get("responses").at("/400/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(checkout.at("/responses/402/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(doc.at("/paths/~1api~1orders~1{orderId}/get/responses").propertyNames()).contains("200", "404");
		assertThat(doc.at("/paths/~1api~1admin~1orders/get/responses").propertyNames()).contains("401", "403");
	}

	@Test
	void circuitBreakersAreScrapedPerCallee() {
		String scrape = HttpProbe.get(baseUrl() + "/actuator/prometheus").body();
		assertThat(scrape).contains("resilience4j_circuitbreaker_state{")
			.contains("name=\"cart\"")
			.contains("name=\"catalog\"");
	}

}
