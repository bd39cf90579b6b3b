package io.storesphere.checkout.order.persistence;

import java.math.BigDecimal;
import java.util.List;

import io.storesphere.checkout.order.Order;
import io.storesphere.checkout.order.OrderLine;
import io.storesphere.checkout.order.OrderStatus;

/** Maps orders to their stored items and back. */
final class OrderItemMapper {

	private OrderItemMapper() {
	}

	/** The order as an item with these events (its outbox) at this version. */
	static OrderItem toItem(Order order, List<OutboxEventItem> events, long version) {
		List<LineItem> lines = order.lines()
			.stream()
			.map((line) -> new LineItem(line.productId(), line.productName(), line.unitPrice().toPlainString(),
					line.quantity(), line.lineTotal().toPlainString()))
			.toList();
		Order.Cancellation cancellation = order.cancellation();
		return new OrderItem(order.id(), order.orderNumber(), order.userId(), order.customerName(),
				order.customerEmail(), order.status().name(), lines, order.itemCount(),
				order.subtotal().toPlainString(), order.taxRate().toPlainString(), order.taxAmount().toPlainString(),
				order.grandTotal().toPlainString(), order.currency(), order.payment().reference(),
				order.payment().cardBrand(), order.payment().cardLast4(), Timestamps.format(order.placedAt()),
				Timestamps.format(order.confirmedAt()),
				(cancellation != null) ? Timestamps.format(cancellation.cancelledAt()) : null,
				(cancellation != null) ? cancellation.reason() : null,
				(cancellation != null) ? cancellation.refund().reference() : null,
				(cancellation != null) ? cancellation.refund().amount().toPlainString() : null,
				(cancellation != null) ? Timestamps.format(cancellation.refund().refundedAt()) : null, List.of(), null,
				null, null)
			.withOutbox(events, version);
	}

	static Order toOrder(OrderItem item) {
		List<OrderLine> lines = item.lines()
			.stream()
			.map((line) -> new OrderLine(line.productId(), line.productName(), new BigDecimal(line.unitPrice()),
					line.quantity(), new BigDecimal(line.lineTotal())))
			.toList();
		Order.Cancellation cancellation = (item.cancelledAt() != null)
				? new Order.Cancellation(item.cancellationReason(), Timestamps.parse(item.cancelledAt()),
						new Order.Refund(item.refundReference(), new BigDecimal(item.refundedAmount()),
								Timestamps.parse(item.refundedAt())))
				: null;
		return new Order(item.orderId(), item.orderNumber(), item.userId(), item.customerName(), item.customerEmail(),
				OrderStatus.valueOf(item.status()), lines, item.itemCount(), new BigDecimal(item.subtotal()),
				new BigDecimal(item.taxRate()), new BigDecimal(item.taxAmount()), new BigDecimal(item.grandTotal()),
				item.currency(), new Order.Payment(item.paymentReference(), item.cardBrand(), item.cardLast4()),
				Timestamps.parse(item.placedAt()), Timestamps.parse(item.confirmedAt()), cancellation, item.version());
	}

}
