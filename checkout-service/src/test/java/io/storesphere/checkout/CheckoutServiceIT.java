package io.storesphere.checkout;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.service.OperableServiceContract;
import org.junit.jupiter.api.Test;

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

	@Test
	void circuitBreakersAreScrapedPerCallee() {
		String scrape = HttpProbe.get(baseUrl() + "/actuator/prometheus").body();
		assertThat(scrape).contains("resilience4j_circuitbreaker_state{")
			.contains("name=\"cart\"")
			.contains("name=\"catalog\"");
	}

}
