package io.storesphere.cart;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.service.OperableServiceContract;
import org.junit.jupiter.api.Test;

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

	@Test
	void theCatalogCircuitBreakerIsAMetric() {
		assertThat(HttpProbe.get(baseUrl() + "/actuator/prometheus").body())
			.contains("resilience4j_circuitbreaker_state{application=\"cart-service\",name=\"catalog\"");
	}

}
