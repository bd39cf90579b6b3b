package io.storesphere.checkout;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.storesphere.checkout.Shop.Product;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.EventType;
import io.storesphere.events.OrderCancelled;
import io.storesphere.events.StockCommitted;
import io.storesphere.events.StockRejected;
import io.storesphere.events.StockShortage;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.security.TestTokens;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.storesphere.checkout.Shop.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Catalog's answers travel the real way (catalog-events topic, checkout's queue) and the
 * customer sees their order confirmed, or cancelled and refunded.
 */
class SagaIT extends CheckoutIntegrationTest {

	private static final Product VASE = new Product("prod-vase", "Glass Vase", "24.00", 2);

	@Test
	void stockRejectedCancelsRefundsAndPublishesOrderCancelledOnceEvenWhenRedelivered() {
		String token = TestTokens.get().customer();
		Shop.cartHolds(VASE, 2, "24.00");
		Shop.catalogHas(List.of(VASE));
		JsonNode placed = json(this.shop.checkout(token));
		String orderId = placed.get("id").asString();
		EventEnvelope<StockRejected> rejected = fromCatalog(
				new StockRejected(orderId, List.of(new StockShortage("prod-vase", 2, 1))), orderId);

		try (OrderEventsProbe probe = OrderEventsProbe.subscribe(this.environment)) {
			publish(rejected);
			publish(rejected);

			JsonNode order = awaitStatus(orderId, token, "CANCELLED");
			JsonNode cancellation = order.get("cancellation");
			assertThat(cancellation.get("reason").asString()).contains("Glass Vase (ordered 2, 1 available)");
			assertThat(cancellation.get("refund").get("amount").asString())
				.isEqualTo(placed.get("grandTotal").asString());
			assertThat(cancellation.get("refund").get("reference").asString()).startsWith("re_");

			List<OrderEventsProbe.Received> cancelled = probe
				.await(OrderEventsProbe.of(orderId, EventType.ORDER_CANCELLED), 1, Duration.ofSeconds(15));
			assertThat(cancelled).hasSize(1);
			OrderCancelled event = (OrderCancelled) cancelled.get(0).event().payload();
			assertThat(event.refundedAmount()).isEqualTo(new BigDecimal(placed.get("grandTotal").asString()));
			assertThat(event.reason()).contains("Glass Vase");
			assertThat(event.customerEmail()).isNotBlank();
			assertThat(event.lines()).hasSize(1);
			assertThat(probe.during(OrderEventsProbe.of(orderId, EventType.ORDER_CANCELLED), Duration.ofSeconds(3)))
				.hasSize(1);
		}
		assertThat(json(this.shop.get("/api/orders/" + orderId, token)).get("status").asString())
			.isEqualTo("CANCELLED");
	}

	@Test
	void stockCommittedConfirmsAndALateContradictingRejectionChangesNothing() {
		String token = customerWithCartOf(VASE);
		String orderId = json(this.shop.checkout(token)).get("id").asString();

		try (OrderEventsProbe probe = OrderEventsProbe.subscribe(this.environment)) {
			publish(fromCatalog(new StockCommitted(orderId), orderId));
			JsonNode confirmed = awaitStatus(orderId, token, "CONFIRMED");
			assertThat(confirmed.get("confirmedAt").asString()).endsWith("Z");

			publish(fromCatalog(new StockRejected(orderId, List.of(new StockShortage("prod-vase", 1, 0))), orderId));

			assertThat(probe.during(OrderEventsProbe.of(orderId, EventType.ORDER_CANCELLED), Duration.ofSeconds(4)))
				.isEmpty();
		}
		JsonNode order = json(this.shop.get("/api/orders/" + orderId, token));
		assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(order.has("cancellation")).isFalse();
	}

	private JsonNode awaitStatus(String orderId, String token, String status) {
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
			Response response = this.shop.get("/api/orders/" + orderId, token);
			return json(response).get("status").asString().equals(status);
		});
		return json(this.shop.get("/api/orders/" + orderId, token));
	}

	private void publish(EventEnvelope<?> event) {
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			TestTopology.publish(clients, this.environment + "-catalog-events", event);
		}
	}

	private static <T extends io.storesphere.events.IntegrationEvent> EventEnvelope<T> fromCatalog(T payload,
			String orderId) {
		return EventEnvelope.wrap(payload, "catalog-service", orderId, Instant.now());
	}

}
