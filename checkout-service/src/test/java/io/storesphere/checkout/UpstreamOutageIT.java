package io.storesphere.checkout;

import java.time.Duration;

import io.storesphere.checkout.Shop.Charges;
import io.storesphere.checkout.Shop.Product;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.security.TestTokens;
import org.junit.jupiter.api.Test;

import static io.storesphere.checkout.PlaceOrderIT.assertProblem;
import static io.storesphere.checkout.Shop.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With cart or catalog down, checkout answers 503 naming the service, charges nothing and
 * stores nothing; with the breaker open it stops calling the service.
 */
class UpstreamOutageIT extends CheckoutIntegrationTest {

	private static final Product CHAIR = new Product("prod-chair", "Oak Chair", "120.00", 4);

	@Test
	void cartUnreachableIsA503NamingCartAndNothingIsChargedOrStored() {
		String token = customerWithCartOf(CHAIR);
		String key = Shop.newIdempotencyKey();
		Charges charges = this.shop.countCharges();
		CART_LINK.cut();

		Response response = this.shop.checkout(token, key, Shop.card(Shop.VISA));

		assertProblem(response, 503, "service-unavailable");
		assertThat(json(response).get("service").asString()).isEqualTo("cart");
		assertThat(json(response).get("detail").asString()).contains("cart").contains("nothing was charged");
		assertThat(response.header("Retry-After")).isNotBlank();
		assertThat(this.shop.ordersOf(token)).isEmpty();
		assertThat(charges.approved()).isZero();

		// Back up: the same key places the order.
		CART_LINK.restore();
		assertThat(this.shop.checkout(token, key, Shop.card(Shop.VISA)).status()).isEqualTo(201);
	}

	@Test
	void catalogTooSlowIsA503NamingCatalog() {
		String token = customerWithCartOf(CHAIR);
		CATALOG.delay(Duration.ofSeconds(3));
		Charges charges = this.shop.countCharges();

		long started = System.nanoTime();
		Response response = this.shop.checkout(token);

		assertProblem(response, 503, "service-unavailable");
		assertThat(json(response).get("service").asString()).isEqualTo("catalog");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThat(this.shop.ordersOf(token)).isEmpty();
		assertThat(charges.approved()).isZero();
	}

	@Test
	void aCartThatKeepsFailingIsLeftAloneWhileItsBreakerIsOpen() {
		String token = TestTokens.get().customer();
		CART.answer("GET", "/api/cart", 500, "{\"status\":500}");
		for (int i = 0; i < 5; i++) {
			assertProblem(this.shop.checkout(token), 503, "service-unavailable");
		}
		int callsSoFar = CART.requests().size();

		Response whileOpen = this.shop.checkout(token);

		assertProblem(whileOpen, 503, "service-unavailable");
		assertThat(json(whileOpen).get("service").asString()).isEqualTo("cart");
		assertThat(CART.requests()).hasSize(callsSoFar);
	}

}
