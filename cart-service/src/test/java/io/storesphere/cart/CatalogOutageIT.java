package io.storesphere.cart;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.net.SwitchableTcpProxy;
import io.storesphere.testsupport.security.TestTokens;
import io.storesphere.testsupport.security.UseTestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.storesphere.cart.CartClient.cart;
import static io.storesphere.cart.CartClient.line;
import static io.storesphere.cart.CartClient.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Catalog down, slow or failing: the cart is still shown, changes that need catalog's
 * word are 503 problems within the timeout and change nothing, and an open circuit
 * breaker spares catalog the calls.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "storesphere.cart.catalog.read-timeout=800ms", "storesphere.cart.catalog.freshness=0s",
				"storesphere.cart.catalog.circuit-breaker.sliding-window-size=4",
				"storesphere.cart.catalog.circuit-breaker.minimum-calls=4",
				"storesphere.cart.catalog.circuit-breaker.wait-in-open-state=2s" })
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
class CatalogOutageIT {

	private static final FakeCatalog CATALOG = new FakeCatalog();

	private static final SwitchableTcpProxy LINK = SwitchableTcpProxy.to("127.0.0.1", CATALOG.port());

	@Autowired
	private CircuitBreaker catalogCircuitBreaker;

	@LocalServerPort
	private int port;

	private final String token = TestTokens.get().customer();

	private String lamp;

	@DynamicPropertySource
	static void catalogThroughTheLink(DynamicPropertyRegistry registry) {
		registry.add("storesphere.cart.catalog.base-url", LINK::url);
	}

	@AfterAll
	static void close() {
		LINK.close();
		CATALOG.close();
	}

	@BeforeEach
	void aCartWithADeskLamp() {
		this.catalogCircuitBreaker.reset();
		this.lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		cart(client().add(this.token, this.lamp, 2));
		CATALOG.price(this.lamp, "13.00");
	}

	@AfterEach
	void catalogBack() {
		LINK.restore();
		CATALOG.heal();
	}

	@Test
	void withCatalogUnreachableTheCartIsShownAtItsLastKnownPrices() {
		LINK.cut();

		JsonNode cart = cart(client().get(this.token));

		assertThat(cart.get("pricesCurrent").asBoolean()).isFalse();
		assertThat(cart.get("notice").asString()).contains("could not be checked");
		JsonNode line = line(cart, this.lamp);
		assertThat(line.get("name").asString()).isEqualTo("Desk Lamp");
		assertThat(line.get("unitPrice").asString()).isEqualTo("12.50");
		assertThat(line.get("quantity").asInt()).isEqualTo(2);
		assertThat(line.get("availableStock").isNull()).isTrue();
		assertThat(cart.get("subtotal").asString()).isEqualTo("25.00");

		LINK.restore();
		JsonNode current = cart(client().get(this.token));
		assertThat(current.get("pricesCurrent").asBoolean()).isTrue();
		assertThat(current.has("notice")).isFalse();
		assertThat(line(current, this.lamp).get("unitPrice").asString()).isEqualTo("13.00");
	}

	@Test
	void withCatalogUnreachableAnAdditionIsA503NamingCatalogAndTheCartIsUnchanged() {
		LINK.cut();

		Response response = client().add(this.token, this.lamp, 1);

		JsonNode problem = problem(response, 503, "service-unavailable");
		assertThat(problem.get("service").asString()).isEqualTo("catalog");
		assertThat(problem.get("detail").asString()).contains("catalog").contains("not changed");
		assertThat(response.header("Retry-After")).isEqualTo("5");
		problem(client().set(this.token, this.lamp, 5), 503);
		problem(client().acceptPrices(this.token), 503);

		LINK.restore();
		JsonNode cart = cart(client().get(this.token));
		assertThat(line(cart, this.lamp).get("quantity").asInt()).isEqualTo(2);
		assertThat(line(cart, this.lamp).get("addedUnitPrice").asString()).isEqualTo("12.50");
		assertThat(cart.get("version").asLong()).isEqualTo(1);
	}

	@Test
	void aSlowCatalogIsA503WithinTheTimeoutAndTheCartIsUnchanged() {
		CATALOG.delay(Duration.ofSeconds(5));

		long started = System.nanoTime();
		Response response = client().add(this.token, this.lamp, 1);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(problem(response, 503).get("service").asString()).isEqualTo("catalog");
		assertThat(took).isLessThan(Duration.ofMillis(3000));
		CATALOG.heal();
		assertThat(client().quantityOf(this.token, this.lamp)).isEqualTo(2);
	}

	@Test
	void anErrorFromCatalogIsA503AndTheCartIsUnchanged() {
		CATALOG.fail(500, "{\"title\":\"Internal Server Error\"}");

		anAdditionIsRefusedAndChangesNothing();
	}

	@Test
	void aCatalogAnswerThatCannotBeReadIsA503AndTheCartIsUnchanged() {
		CATALOG.fail(200, "{\"products\":[{\"id\":\"" + this.lamp + "\",\"price\":\"twelve\"}]}");

		anAdditionIsRefusedAndChangesNothing();
	}

	@Test
	void removingAndEmptyingWorkWhileCatalogIsDown() {
		String mug = CATALOG.product("Mug", "4.00", 10);
		cart(client().add(this.token, mug, 1));
		LINK.cut();

		JsonNode afterRemove = cart(client().remove(this.token, this.lamp));
		assertThat(afterRemove.get("pricesCurrent").asBoolean()).isFalse();
		assertThat(line(afterRemove, this.lamp)).isNull();
		assertThat(line(afterRemove, mug).get("quantity").asInt()).isEqualTo(1);

		assertThat(cart(client().clear(this.token)).get("items")).isEmpty();
	}

	@Test
	void afterRepeatedFailuresTheBreakerOpensAndCatalogIsNotCalledUntilItsWaitIsOver() {
		LINK.cut();
		for (int i = 0; i < 4; i++) {
			problem(client().add(this.token, this.lamp, 1), 503);
		}
		LINK.restore();
		CATALOG.forget();

		// Open: answered at once, catalog never asked although it is back.
		problem(client().add(this.token, this.lamp, 1), 503);
		assertThat(cart(client().get(this.token)).get("pricesCurrent").asBoolean()).isFalse();
		assertThat(CATALOG.batchCalls()).isEmpty();

		// After the wait, trial calls go through and close it again.
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(client().add(this.token, this.lamp, 1).status()).isEqualTo(200));
		assertThat(client().quantityOf(this.token, this.lamp)).isEqualTo(3);
	}

	/**
	 * While catalog fails, adding is a 503; once it is back, the cart still holds the two
	 * lamps it had.
	 */
	private void anAdditionIsRefusedAndChangesNothing() {
		problem(client().add(this.token, this.lamp, 1), 503, "service-unavailable");
		CATALOG.heal();
		assertThat(client().quantityOf(this.token, this.lamp)).isEqualTo(2);
	}

	private CartClient client() {
		return new CartClient(this.port);
	}

}
