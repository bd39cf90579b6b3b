package io.storesphere.checkout;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.storesphere.checkout.Shop.Product;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.StubService;
import io.storesphere.testsupport.net.SwitchableTcpProxy;
import io.storesphere.testsupport.security.TestTokens;
import io.storesphere.testsupport.security.UseTestTokens;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Checkout on a random port against the DynamoDB and SNS/SQS emulators, with cart-service
 * and catalog-service stubbed at HTTP. Cart is reached through a proxy the tests can cut,
 * and so is SNS. Every subclass shares one application context (the same configuration),
 * so the stubs are shared too: each test sets the answers it needs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
abstract class CheckoutIntegrationTest {

	static final StubService CART = StubService.start("cart");

	static final StubService CATALOG = StubService.start("catalog");

	static final SwitchableTcpProxy CART_LINK = SwitchableTcpProxy.to("127.0.0.1",
			Integer.parseInt(CART.url().substring(CART.url().lastIndexOf(':') + 1)));

	static final SwitchableTcpProxy SNS = SwitchableTcpProxy.to("127.0.0.1", AwsEmulators.endpoints().sns().getPort());

	@LocalServerPort
	int port;

	@Value("${storesphere.environment}")
	String environment;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	Shop shop;

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry registry) {
		registry.add("storesphere.checkout.cart.base-url", CART_LINK::url);
		registry.add("storesphere.checkout.catalog.base-url", CATALOG::url);
		registry.add("spring.cloud.aws.sns.endpoint", SNS::url);
	}

	/**
	 * A new customer whose cart holds one of each product at the price catalog asks now.
	 * @return the customer's token
	 */
	static String customerWithCartOf(Product... products) {
		Shop.cartAndCatalogAgree(products);
		return TestTokens.get().customer();
	}

	@BeforeEach
	void everythingUp() {
		SNS.restore();
		CART_LINK.restore();
		CART.delay(Duration.ZERO);
		CATALOG.delay(Duration.ZERO);
		CART.clear();
		CATALOG.clear();
		this.circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		this.shop = new Shop("http://localhost:" + this.port);
	}

}
