package io.storesphere.cart;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.storesphere.cart.cart.messaging.OrderEventsListener;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.PaymentSummary;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.security.TestTokens;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static io.storesphere.cart.CartClient.cart;
import static io.storesphere.cart.CartClient.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An order placed takes what it bought out of the customer's cart, once, and leaves what
 * was put in the cart after checkout began.
 */
class OrderPlacedIT extends CartIntegrationTest {

	private final EventCodec codec = new EventCodec();

	@Autowired
	private OrderEventsListener listener;

	@Value("${storesphere.environment}")
	private String environment;

	@Test
	void thePurchasedQuantitiesLeaveTheCartAndWhatCameAfterCheckoutStays() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 50);
		String mug = CATALOG.product("Mug", "4.00", 50);
		String pen = CATALOG.product("Pen", "1.00", 50);
		String user = "buyer-" + lamp;
		String token = TestTokens.get().customer(user);
		client().add(token, lamp, 2);
		client().add(token, mug, 3);
		EventEnvelope<OrderPlaced> order = order(user, bought(lamp, "12.50", 2), bought(mug, "4.00", 3));
		// While the order was being placed: one more mug, and a pen.
		client().add(token, mug, 1);
		client().add(token, pen, 1);

		deliver(order);

		JsonNode cart = cart(client().get(token));
		assertThat(line(cart, lamp)).isNull();
		assertThat(line(cart, mug).get("quantity").asInt()).isEqualTo(1);
		assertThat(line(cart, pen).get("quantity").asInt()).isEqualTo(1);
		assertThat(cart.get("itemCount").asInt()).isEqualTo(2);
	}

	@Test
	void aDuplicateRemovesOnce() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 50);
		String user = "dup-" + lamp;
		String token = TestTokens.get().customer(user);
		client().add(token, lamp, 5);
		EventEnvelope<OrderPlaced> order = order(user, bought(lamp, "12.50", 2));

		deliver(order);
		long version = cart(client().get(token)).get("version").asLong();
		deliver(order);
		deliver(order);

		JsonNode cart = cart(client().get(token));
		assertThat(line(cart, lamp).get("quantity").asInt()).isEqualTo(3);
		assertThat(cart.get("version").asLong()).isEqualTo(version);
	}

	@Test
	void copiesDeliveredAtTheSameTimeRemoveOnce() throws Exception {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 50);
		String user = "race-" + lamp;
		String token = TestTokens.get().customer(user);
		client().add(token, lamp, 10);
		EventEnvelope<OrderPlaced> order = order(user, bought(lamp, "12.50", 3));

		List<CompletableFuture<Void>> copies = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			copies.add(CompletableFuture.runAsync(() -> deliver(order)));
		}
		CompletableFuture.allOf(copies.toArray(CompletableFuture[]::new)).get();

		assertThat(line(cart(client().get(token)), lamp).get("quantity").asInt()).isEqualTo(7);
	}

	@Test
	void aLineRemovedAndAddedAgainAfterTheOrderWasPlacedStays() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 50);
		String user = "again-" + lamp;
		String token = TestTokens.get().customer(user);
		client().add(token, lamp, 2);
		EventEnvelope<OrderPlaced> order = order(user, bought(lamp, "12.50", 2));
		client().remove(token, lamp);
		client().add(token, lamp, 1);

		deliver(order);

		assertThat(line(cart(client().get(token)), lamp).get("quantity").asInt()).isEqualTo(1);
	}

	@Test
	void anOrderForACustomerWithoutACartChangesNothingAndIsRemembered() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 50);
		String user = "nocart-" + lamp;
		String token = TestTokens.get().customer(user);
		EventEnvelope<OrderPlaced> order = order(user, bought(lamp, "12.50", 2));

		deliver(order);
		client().add(token, lamp, 2);
		deliver(order);

		assertThat(line(cart(client().get(token)), lamp).get("quantity").asInt()).isEqualTo(2);
	}

	@Test
	void ordersArriveThroughTheQueueAndARedeliveryRemovesOnce() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 50);
		String user = "queued-" + lamp;
		String token = TestTokens.get().customer(user);
		client().add(token, lamp, 4);
		EventEnvelope<OrderPlaced> order = order(user, bought(lamp, "12.50", 1));

		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			TestTopology.publish(clients, this.environment + "-order-events", order);
			TestTopology.publish(clients, this.environment + "-order-events", order);
		}

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(line(cart(client().get(token)), lamp).get("quantity").asInt()).isEqualTo(3));
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(6))
			.untilAsserted(
					() -> assertThat(line(cart(client().get(token)), lamp).get("quantity").asInt()).isEqualTo(3));
	}

	private void deliver(EventEnvelope<?> event) {
		this.listener.handle(this.codec.encode(event));
	}

	/** An order as checkout publishes it, placed a moment ago. */
	private static EventEnvelope<OrderPlaced> order(String userId, OrderLine... lines) {
		BigDecimal subtotal = List.of(lines)
			.stream()
			.map(OrderLine::lineTotal)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		int items = List.of(lines).stream().mapToInt(OrderLine::quantity).sum();
		BigDecimal tax = subtotal.multiply(new BigDecimal("0.08")).setScale(2, java.math.RoundingMode.HALF_EVEN);
		String orderId = "o-" + java.util.UUID.randomUUID();
		Instant placedAt = Instant.now();
		sleepPastTheMillisecond();
		return EventEnvelope.wrap(new OrderPlaced(orderId, "SS-1", userId, "Test User", userId + "@example.com",
				List.of(lines), items, subtotal, new BigDecimal("0.08"), tax, subtotal.add(tax), "USD",
				new PaymentSummary("pay-1", "VISA", "4242"), placedAt), "checkout-service", orderId, placedAt);
	}

	private static OrderLine bought(String productId, String unitPrice, int quantity) {
		BigDecimal price = new BigDecimal(unitPrice);
		return new OrderLine(productId, "Product " + productId, price, quantity,
				price.multiply(BigDecimal.valueOf(quantity)));
	}

	private static void sleepPastTheMillisecond() {
		try {
			Thread.sleep(5);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
