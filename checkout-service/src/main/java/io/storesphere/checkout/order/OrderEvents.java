package io.storesphere.checkout.order;

import java.util.List;

import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderCancelled;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.PaymentSummary;

/**
 * The integration events an order publishes, as snapshots of it. The correlation id is
 * the order id, which every event of the order's saga carries.
 */
public final class OrderEvents {

	public static final String PRODUCER = "checkout-service";

	private OrderEvents() {
	}

	public static EventEnvelope<OrderPlaced> placed(Order order) {
		Order.Payment payment = order.payment();
		return EventEnvelope.wrap(new OrderPlaced(order.id(), order.orderNumber(), order.userId(), order.customerName(),
				order.customerEmail(), lines(order), order.itemCount(), order.subtotal(), order.taxRate(),
				order.taxAmount(), order.grandTotal(), order.currency(),
				new PaymentSummary(payment.reference(), payment.cardBrand(), payment.cardLast4()), order.placedAt()),
				PRODUCER, order.id(), order.placedAt());
	}

	public static EventEnvelope<OrderCancelled> cancelled(Order order) {
		Order.Cancellation cancellation = order.cancellation();
		if (cancellation == null) {
			throw new IllegalArgumentException("Order " + order.id() + " is not cancelled");
		}
		return EventEnvelope.wrap(new OrderCancelled(order.id(), order.orderNumber(), order.userId(),
				order.customerName(), order.customerEmail(), cancellation.reason(), cancellation.refund().amount(),
				order.currency(), lines(order), cancellation.cancelledAt()), PRODUCER, order.id(),
				cancellation.cancelledAt());
	}

	private static List<io.storesphere.events.OrderLine> lines(Order order) {
		return order.lines()
			.stream()
			.map((line) -> new io.storesphere.events.OrderLine(line.productId(), line.productName(), line.unitPrice(),
					line.quantity(), line.lineTotal()))
			.toList();
	}

}
