package io.storesphere.checkout.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.storesphere.checkout.order.Order;
import io.storesphere.checkout.order.OrderLine;
import io.storesphere.checkout.order.OrderStatus;

/**
 * The JSON bodies the order endpoints answer with: the whole order, the lines of the
 * customers' and the admins' lists, and a page of either. Money is a decimal string with
 * two places, like {@code "12.50"}; times are ISO-8601 UTC.
 */
final class OrderResponses {

	private OrderResponses() {
	}

	/** Everything the invoice page shows. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record OrderView(String id, String orderNumber, OrderStatus status, List<LineView> lines, int itemCount,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal subtotal,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxAmount,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grandTotal, String currency, PaymentView payment,
			Instant placedAt, Instant confirmedAt, CancellationView cancellation) {

		static OrderView of(Order order) {
			Order.Cancellation cancellation = order.cancellation();
			return new OrderView(order.id(), order.orderNumber(), order.status(),
					order.lines().stream().map(LineView::of).toList(), order.itemCount(), order.subtotal(),
					order.taxRate(), order.taxAmount(), order.grandTotal(), order.currency(),
					new PaymentView(
							order.payment().cardBrand(), order.payment().cardLast4(), order.payment().reference()),
					order.placedAt(), order.confirmedAt(),
					(cancellation != null) ? new CancellationView(cancellation.reason(), cancellation.cancelledAt(),
							new RefundView(cancellation.refund().amount(), cancellation.refund().reference(),
									cancellation.refund().refundedAt()))
							: null);
		}

	}

	record LineView(String productId, String productName,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice, int quantity,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal lineTotal) {

		static LineView of(OrderLine line) {
			return new LineView(line.productId(), line.productName(), line.unitPrice(), line.quantity(),
					line.lineTotal());
		}

	}

	/** The card's brand and last four digits, and the payment's reference. */
	record PaymentView(String cardBrand, String last4, String reference) {

	}

	/** Why and when the order was cancelled, and its refund. */
	record CancellationView(String reason, Instant cancelledAt, RefundView refund) {

	}

	record RefundView(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String reference,
			Instant refundedAt) {

	}

	/** A line of the customer's order history. */
	record OrderSummary(String id, String orderNumber, OrderStatus status, int itemCount,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grandTotal, String currency, Instant placedAt) {

		static OrderSummary of(Order order) {
			return new OrderSummary(order.id(), order.orderNumber(), order.status(), order.itemCount(),
					order.grandTotal(), order.currency(), order.placedAt());
		}

	}

	/** A line of the admins' order list: whose order, too. */
	record AdminOrderSummary(String id, String orderNumber, OrderStatus status, String userId, String customerName,
			String customerEmail, int itemCount, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grandTotal,
			String currency, Instant placedAt) {

		static AdminOrderSummary of(Order order) {
			return new AdminOrderSummary(order.id(), order.orderNumber(), order.status(), order.userId(),
					order.customerName(), order.customerEmail(), order.itemCount(), order.grandTotal(),
					order.currency(), order.placedAt());
		}

	}

	/** A page of a list, newest first; {@code nextCursor} is absent on the last page. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PageView<T>(List<T> items, String nextCursor) {

	}

}
