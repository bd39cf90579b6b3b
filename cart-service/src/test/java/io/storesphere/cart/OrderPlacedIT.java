package io.storesphere.cart;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.storesphere.cart.shopping.messaging.OrderEventsListener;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.PaymentSummary;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.BeforeEach;
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

	@Autowired
	private OrderEventsListener listener;

	@Value("${storesphere.environment}")
	private String environment;

	private String lamp;

	@BeforeEach
	void aDeskLampInTheCatalog() {
		this.lamp = CATALOG.product("Desk Lamp", "12.50", 50);
	}

	@Test
	void thePurchasedQuantitiesLeaveTheCartAndWhatCameAfterCheckoutStays() {
		String mug = CATALOG.product("Mug", "4.00", 50);
		String pen = CATALOG.product("Pen", "1.00", 50);
		Customer buyer = newCustomer();
		client().add(buyer.token(), this.lamp, 2);
		client().add(buyer.token(), mug, 3);
		EventEnvelope<OrderPlaced> order = order(buyer, bought(this.lamp, "12.50", 2), bought(mug, "4.00", 3));
		// While the order was being placed: one more mug, and a pen.
		client().add(buyer.token(), mug, 1);
		client().add(buyer.token(), pen, 1);

		deliver(order);

		JsonNode cart = cart(client().get(buyer.token()));
		assertThat(line(cart, this.lamp)).isNull();
		assertThat(line(cart, mug).get("quantity").asInt()).isEqualTo(1);
		assertThat(line(cart, pen).get("quantity").asInt()).isEqualTo(1);
		assertThat(cart.get("itemCount").asInt()).isEqualTo(2);
	}

	@Test
	void aDuplicateRemovesOnce() {
		Customer buyer = aCustomerWithLamps(5);
		EventEnvelope<OrderPlaced> order = order(buyer, lamps(2));

		deliver(order);
		long version = cart(client().get(buyer.token())).get("version").asLong();
		deliver(order);
		deliver(order);

		JsonNode cart = cart(client().get(buyer.token()));
		assertThat(line(cart, this.lamp).get("quantity").asInt()).isEqualTo(3);
		assertThat(cart.get("version").asLong()).isEqualTo(version);
	}

	@Test
	void copiesDeliveredAtTheSameTimeRemoveOnce() throws Exception {
		Customer buyer = aCustomerWithLamps(10);
		EventEnvelope<OrderPlaced> order = order(buyer, lamps(3));

		List<CompletableFuture<Void>> copies = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			copies.add(CompletableFuture.runAsync(() -> deliver(order)));
		}
		CompletableFuture.allOf(copies.toArray(CompletableFuture[]::new)).get();

		assertThat(client().quantityOf(buyer.token(), this.lamp)).isEqualTo(7);
	}

	@Test
	void aLineRemovedAndAddedAgainAfterTheOrderWasPlacedStays() {
		Customer buyer = aCustomerWithLamps(2);
		EventEnvelope<OrderPlaced> order = order(buyer, lamps(2));
		client().remove(buyer.token(), this.lamp);
		client().add(buyer.token(), this.lamp, 1);

		deliver(order);

		assertThat(client().quantityOf(buyer.token(), this.lamp)).isEqualTo(1);
	}

	@Test
	void anOrderForACustomerWithoutACartChangesNothingAndIsRemembered() {
		Customer buyer = newCustomer();
		EventEnvelope<OrderPlaced> order = order(buyer, lamps(2));

		deliver(order);
		client().add(buyer.token(), this.lamp, 2);
		deliver(order);

		assertThat(client().quantityOf(buyer.token(), this.lamp)).isEqualTo(2);
	}

	@Test
	void ordersArriveThroughTheQueueAndARedeliveryRemovesOnce() {
		Customer buyer = aCustomerWithLamps(4);
		EventEnvelope<OrderPlaced> order = order(buyer, lamps(1));

		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			TestTopology.publish(clients, this.environment + "-order-events", order);
			TestTopology.publish(clients, this.environment + "-order-events", order);
		}

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(client().quantityOf(buyer.token(), this.lamp)).isEqualTo(3));
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(6))
			.untilAsserted(() -> assertThat(client().quantityOf(buyer.token(), this.lamp)).isEqualTo(3));
	}

	private Customer aCustomerWithLamps(int quantity) {
		Customer customer = newCustomer();
		cart(client().add(customer.token(), this.lamp, quantity));
		return customer;
	}

	private OrderLine lamps(int quantity) {
		return bought(this.lamp, "12.50", quantity);
	}

	private void deliver(EventEnvelope<?> event) {
		this.listener.handle(event);
	}

	/** An order as checkout publishes it, placed a moment ago. */
	private static EventEnvelope<OrderPlaced> order(Customer buyer, OrderLine... lines) {
		BigDecimal subtotal = List.of(lines)
			.stream()
			.map(OrderLine::lineTotal)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		int items = List.of(lines).stream().mapToInt(OrderLine::quantity).sum();
		BigDecimal tax = subtotal.multiply(new BigDecimal("0.08")).setScale(2, java.math.RoundingMode.HALF_EVEN);
		String orderId = "o-" + java.util.UUID.randomUUID();
		Instant placedAt = Instant.now();
		sleepPastTheMillisecond();
		return EventEnvelope.wrap(new OrderPlaced(orderId, "SS-1", buyer.id(), "Test User", buyer.id() + "@example.com",
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
