package io.storesphere.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.storesphere.events.Fields.money;
import static io.storesphere.events.Fields.required;
import static io.storesphere.events.Fields.requiredList;
import static io.storesphere.events.Fields.requiredText;

/**
 * {@code checkout.order-cancelled.v1}: an order was cancelled and its simulated payment
 * refunded. Notification e-mails the customer; analytics reverses the sale.
 *
 * @param orderId the order's id
 * @param orderNumber the number the customer knows the order by
 * @param userId the customer
 * @param customerName the customer's name at checkout
 * @param customerEmail where the cancellation e-mail goes
 * @param reason why, in words a customer understands
 * @param refundedAmount the amount refunded
 * @param currency ISO 4217 code
 * @param lines the lines of the cancelled order
 * @param cancelledAt when the order was cancelled
 */
public record OrderCancelled(String orderId, String orderNumber, String userId, String customerName,
		String customerEmail, String reason, BigDecimal refundedAmount, String currency, List<OrderLine> lines,
		Instant cancelledAt) implements IntegrationEvent {

	public OrderCancelled {
		requiredText(orderId, "orderId");
		requiredText(orderNumber, "orderNumber");
		requiredText(userId, "userId");
		requiredText(customerName, "customerName");
		requiredText(customerEmail, "customerEmail");
		requiredText(reason, "reason");
		refundedAmount = money(refundedAmount, "refundedAmount");
		requiredText(currency, "currency");
		lines = requiredList(lines, "lines");
		required(cancelledAt, "cancelledAt");
	}

}
