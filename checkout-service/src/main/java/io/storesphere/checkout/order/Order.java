package io.storesphere.checkout.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order: what was bought at which prices, who bought it, how it was paid, and where it
 * stands in the stock saga. Immutable; each change returns a new order. {@code version}
 * is the stored revision, for optimistic locking ({@code 0} before the first write).
 *
 * @param id the order id (a UUID)
 * @param orderNumber the short number people read on the invoice
 * @param userId the customer, the token subject at checkout
 * @param customerName the customer's name at checkout, from the token
 * @param customerEmail the customer's e-mail at checkout, from the token
 * @param status where the order stands
 * @param lines what was bought
 * @param itemCount the sum of the quantities
 * @param subtotal the sum of the line totals
 * @param taxRate the rate applied
 * @param taxAmount the tax on the subtotal
 * @param grandTotal subtotal plus tax, what was charged
 * @param currency ISO 4217 code
 * @param payment the charge: reference, card brand and last four digits
 * @param placedAt when the order was placed
 * @param confirmedAt when stock was committed, or null
 * @param cancellation why and when it was cancelled and the refund, or null
 * @param version the stored revision
 */
public record Order(String id, String orderNumber, String userId, String customerName, String customerEmail,
		OrderStatus status, List<OrderLine> lines, int itemCount, BigDecimal subtotal, BigDecimal taxRate,
		BigDecimal taxAmount, BigDecimal grandTotal, String currency, Payment payment, Instant placedAt,
		Instant confirmedAt, Cancellation cancellation, long version) {

	public Order {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(status, "status");
		lines = List.copyOf(lines);
	}

	/** A new, paid order. */
	public static Order place(String id, String orderNumber, Customer customer, Quote quote, Payment payment,
			Instant placedAt) {
		return new Order(id, orderNumber, customer.userId(), customer.name(), customer.email(), OrderStatus.PLACED,
				quote.lines(), quote.itemCount(), quote.subtotal(), quote.taxRate(), quote.taxAmount(),
				quote.grandTotal(), quote.currency(), payment, placedAt, null, null, 0);
	}

	/** Catalog committed the stock. */
	public Order confirm(Instant at) {
		requireStatus(OrderStatus.PLACED);
		return new Order(this.id, this.orderNumber, this.userId, this.customerName, this.customerEmail,
				OrderStatus.CONFIRMED, this.lines, this.itemCount, this.subtotal, this.taxRate, this.taxAmount,
				this.grandTotal, this.currency, this.payment, this.placedAt, at, null, this.version);
	}

	/** Stock could not be committed: cancelled, and the payment refunded. */
	public Order cancel(String reason, Refund refund, Instant at) {
		requireStatus(OrderStatus.PLACED);
		return new Order(this.id, this.orderNumber, this.userId, this.customerName, this.customerEmail,
				OrderStatus.CANCELLED, this.lines, this.itemCount, this.subtotal, this.taxRate, this.taxAmount,
				this.grandTotal, this.currency, this.payment, this.placedAt, null, new Cancellation(reason, at, refund),
				this.version);
	}

	public boolean isVisibleTo(String userId, boolean admin) {
		return admin || this.userId.equals(userId);
	}

	private void requireStatus(OrderStatus expected) {
		if (this.status != expected) {
			throw new IllegalStateException("Order " + this.id + " is " + this.status + ", not " + expected);
		}
	}

	/** The payment as it may be kept: reference, brand and last four digits only. */
	public record Payment(String reference, String cardBrand, String cardLast4) {

	}

	/** The refund of a cancelled order's payment. */
	public record Refund(String reference, BigDecimal amount, Instant refundedAt) {

		public Refund {
			amount = Money.of(amount);
		}

	}

	/** Why and when an order was cancelled, and its refund. */
	public record Cancellation(String reason, Instant cancelledAt, Refund refund) {

	}

}
