package io.storesphere.cart;

import java.util.UUID;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.security.TestTokens;
import io.storesphere.testsupport.security.UseTestTokens;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Cart service on a random port against the DynamoDB and SQS emulators, with catalog's
 * HTTP API stubbed; the integration tests extending this share one context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
abstract class CartIntegrationTest {

	static final FakeCatalog CATALOG = new FakeCatalog();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void catalogStub(DynamicPropertyRegistry registry) {
		registry.add("storesphere.cart.catalog.base-url", CATALOG::url);
		// These tests change the fake catalog between requests and expect the next one to
		// see it; reusing catalog's answers is RecentCatalogTest's subject.
		registry.add("storesphere.cart.catalog.freshness", () -> "0s");
	}

	CartClient client() {
		return new CartClient(this.port);
	}

	/** A customer no other test knows, so each test has a cart of its own. */
	static Customer newCustomer() {
		String id = "customer-" + UUID.randomUUID();
		return new Customer(id, TestTokens.get().customer(id));
	}

	/**
	 * @param id the user id, the token's subject and the cart's key
	 * @param token their bearer token
	 */
	record Customer(String id, String token) {

	}

}
