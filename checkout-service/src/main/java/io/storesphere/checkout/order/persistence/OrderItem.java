package io.storesphere.checkout.order.persistence;

import java.util.List;

/**
 * An order as stored in {@code <env>-checkout-orders}, with its outbox: the events it
 * publishes, each marked once published. {@code outboxPending} exists only while an event
 * waits, which makes the {@code orders-with-pending-events} index sparse. Money is kept
 * as two-place decimal strings and times as fixed-width ISO-8601 strings (so they sort).
 * It holds the card's brand and last four digits, never the number or the CVC. Immutable;
 * {@link OrderItemSchema} maps it, attribute by attribute, under the names of its
 * components.
 */
record OrderItem(String orderId, String orderNumber, String userId, String customerName, String customerEmail,
		String status, List<LineItem> lines, Integer itemCount, String subtotal, String taxRate, String taxAmount,
		String grandTotal, String currency, String paymentReference, String cardBrand, String cardLast4,
		String placedAt, String confirmedAt, String cancelledAt, String cancellationReason, String refundReference,
		String refundedAmount, String refundedAt, List<OutboxEventItem> events, String outboxPending,
		String outboxPendingSince, Long version) {

	/** A customer's orders, newest first. */
	static final String BY_USER = "orders-by-user";

	/** Orders of one status, newest first. */
	static final String BY_STATUS = "orders-by-status";

	/** Sparse: only orders with an event waiting. */
	static final String WITH_PENDING_EVENTS = "orders-with-pending-events";

	/** The value of {@code outboxPending} while an event waits. */
	static final String PENDING = "PENDING";

	OrderItem {
		lines = (lines != null) ? List.copyOf(lines) : List.of();
		events = (events != null) ? List.copyOf(events) : List.of();
	}

	/**
	 * This order with these events and this version. While an event waits, the sparse
	 * index attribute is set, with the time the oldest one has waited since; when none
	 * does, both are absent.
	 */
	OrderItem withOutbox(List<OutboxEventItem> events, long version) {
		String oldest = events.stream()
			.filter((event) -> event.publishedAt() == null)
			.map(OutboxEventItem::createdAt)
			.min(String::compareTo)
			.orElse(null);
		return new OrderItem(this.orderId, this.orderNumber, this.userId, this.customerName, this.customerEmail,
				this.status, this.lines, this.itemCount, this.subtotal, this.taxRate, this.taxAmount, this.grandTotal,
				this.currency, this.paymentReference, this.cardBrand, this.cardLast4, this.placedAt, this.confirmedAt,
				this.cancelledAt, this.cancellationReason, this.refundReference, this.refundedAmount, this.refundedAt,
				events, (oldest != null) ? PENDING : null, oldest, version);
	}

}
