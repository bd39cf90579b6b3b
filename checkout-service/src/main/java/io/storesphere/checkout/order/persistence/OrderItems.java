package io.storesphere.checkout.order.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.storesphere.checkout.order.Order;
import io.storesphere.checkout.order.OrderLine;
import io.storesphere.checkout.order.OrderStatus;

/** Maps orders to their stored items and back. */
final class OrderItems {

	static final String PENDING = "PENDING";

	private OrderItems() {
	}

	/** The order's fields on a new item; events and version are the caller's. */
	static OrderItem toItem(Order order) {
		OrderItem item = new OrderItem();
		item.setOrderId(order.id());
		item.setOrderNumber(order.orderNumber());
		item.setUserId(order.userId());
		item.setCustomerName(order.customerName());
		item.setCustomerEmail(order.customerEmail());
		item.setStatus(order.status().name());
		List<LineItem> lines = new ArrayList<>();
		for (OrderLine line : order.lines()) {
			LineItem lineItem = new LineItem();
			lineItem.setProductId(line.productId());
			lineItem.setProductName(line.productName());
			lineItem.setUnitPrice(line.unitPrice().toPlainString());
			lineItem.setQuantity(line.quantity());
			lineItem.setLineTotal(line.lineTotal().toPlainString());
			lines.add(lineItem);
		}
		item.setLines(lines);
		item.setItemCount(order.itemCount());
		item.setSubtotal(order.subtotal().toPlainString());
		item.setTaxRate(order.taxRate().toPlainString());
		item.setTaxAmount(order.taxAmount().toPlainString());
		item.setGrandTotal(order.grandTotal().toPlainString());
		item.setCurrency(order.currency());
		item.setPaymentReference(order.payment().reference());
		item.setCardBrand(order.payment().cardBrand());
		item.setCardLast4(order.payment().cardLast4());
		item.setPlacedAt(Timestamps.format(order.placedAt()));
		item.setConfirmedAt(Timestamps.format(order.confirmedAt()));
		Order.Cancellation cancellation = order.cancellation();
		if (cancellation != null) {
			item.setCancelledAt(Timestamps.format(cancellation.cancelledAt()));
			item.setCancellationReason(cancellation.reason());
			item.setRefundReference(cancellation.refund().reference());
			item.setRefundedAmount(cancellation.refund().amount().toPlainString());
			item.setRefundedAt(Timestamps.format(cancellation.refund().refundedAt()));
		}
		return item;
	}

	static Order toOrder(OrderItem item) {
		List<OrderLine> lines = item.getLines()
			.stream()
			.map((line) -> new OrderLine(line.getProductId(), line.getProductName(),
					new BigDecimal(line.getUnitPrice()), line.getQuantity(), new BigDecimal(line.getLineTotal())))
			.toList();
		Order.Cancellation cancellation = (item.getCancelledAt() != null)
				? new Order.Cancellation(item.getCancellationReason(), Timestamps.parse(item.getCancelledAt()),
						new Order.Refund(item.getRefundReference(), new BigDecimal(item.getRefundedAmount()),
								Timestamps.parse(item.getRefundedAt())))
				: null;
		return new Order(item.getOrderId(), item.getOrderNumber(), item.getUserId(), item.getCustomerName(),
				item.getCustomerEmail(), OrderStatus.valueOf(item.getStatus()), lines, item.getItemCount(),
				new BigDecimal(item.getSubtotal()), new BigDecimal(item.getTaxRate()),
				new BigDecimal(item.getTaxAmount()), new BigDecimal(item.getGrandTotal()), item.getCurrency(),
				new Order.Payment(item.getPaymentReference(), item.getCardBrand(), item.getCardLast4()),
				Timestamps.parse(item.getPlacedAt()), Timestamps.parse(item.getConfirmedAt()), cancellation,
				item.getVersion());
	}

	/**
	 * Sets the sparse index attribute while an event waits, with the time the oldest one
	 * has waited since; removes both when none does.
	 */
	static void markPending(OrderItem item) {
		String oldest = item.getEvents()
			.stream()
			.filter((event) -> event.getPublishedAt() == null)
			.map(OutboxEventItem::getCreatedAt)
			.min(String::compareTo)
			.orElse(null);
		item.setOutboxPending((oldest != null) ? PENDING : null);
		item.setOutboxPendingSince(oldest);
	}

}
