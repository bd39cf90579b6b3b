package io.storesphere.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderCancelled;
import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.PaymentSummary;
import io.storesphere.events.UserRegistered;

/** Events as checkout and identity publish them, for the tests. */
final class SalesEvents {

	static final BigDecimal TAX_RATE = new BigDecimal("0.08");

	private SalesEvents() {
	}

	static EventEnvelope<UserRegistered> registered(String userId, String name, String email) {
		return EventEnvelope.wrap(new UserRegistered(userId, name, email, Instant.now()), "identity-service", "c",
				Instant.now());
	}

	static EventEnvelope<OrderPlaced> placed(String orderId, String userId, List<OrderLine> lines) {
		BigDecimal subtotal = lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal tax = subtotal.multiply(TAX_RATE).setScale(2, RoundingMode.HALF_EVEN);
		int items = lines.stream().mapToInt(OrderLine::quantity).sum();
		return EventEnvelope.wrap(
				new OrderPlaced(orderId, "SS-" + orderId, userId, "Name of " + userId, userId + "@example.com", lines,
						items, subtotal, TAX_RATE, tax, subtotal.add(tax), "USD",
						new PaymentSummary("pay-" + orderId, "VISA", "4242"), Instant.now()),
				"checkout-service", orderId, Instant.now());
	}

	static EventEnvelope<OrderCancelled> cancelled(EventEnvelope<OrderPlaced> placed) {
		OrderPlaced order = placed.payload();
		return EventEnvelope.wrap(
				new OrderCancelled(order.orderId(), order.orderNumber(), order.userId(), order.customerName(),
						order.customerEmail(), "out of stock", order.grandTotal(), "USD", order.lines(), Instant.now()),
				"checkout-service", order.orderId(), Instant.now());
	}

	static OrderLine line(String productId, String unitPrice, int quantity) {
		BigDecimal price = new BigDecimal(unitPrice);
		return new OrderLine(productId, "Product " + productId, price, quantity,
				price.multiply(BigDecimal.valueOf(quantity)));
	}

	static String id(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
