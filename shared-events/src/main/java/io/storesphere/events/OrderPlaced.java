package io.storesphere.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import static io.storesphere.events.Fields.money;
import static io.storesphere.events.Fields.positive;
import static io.storesphere.events.Fields.required;
import static io.storesphere.events.Fields.requiredList;
import static io.storesphere.events.Fields.requiredText;

/**
 * {@code checkout.order-placed.v1}: a customer paid for an order. Catalog deducts its
 * stock, cart removes its lines, notification e-mails the receipt and analytics counts
 * the sale.
 *
 * @param orderId the order's id
 * @param orderNumber the short number people read on the invoice and the receipt
 * @param userId the customer (the token subject at checkout)
 * @param customerName the customer's name at checkout
 * @param customerEmail where the receipt goes
 * @param lines what was bought, priced at checkout
 * @param itemCount the sum of the lines' quantities
 * @param subtotal the sum of the line totals
 * @param taxRate the tax rate applied, e.g. {@code 0.08}
 * @param taxAmount the tax on the subtotal
 * @param grandTotal subtotal plus tax
 * @param currency ISO 4217 code, e.g. {@code USD}
 * @param payment the payment reference, card brand and last four digits
 * @param placedAt when the order was placed
 */
public record OrderPlaced(String orderId, String orderNumber, String userId, String customerName, String customerEmail,
		List<OrderLine> lines, @JsonProperty(required = true) int itemCount, BigDecimal subtotal, BigDecimal taxRate,
		BigDecimal taxAmount, BigDecimal grandTotal, String currency, PaymentSummary payment,
		Instant placedAt) implements IntegrationEvent {

	public OrderPlaced {
		requiredText(orderId, "orderId");
		requiredText(orderNumber, "orderNumber");
		requiredText(userId, "userId");
		requiredText(customerName, "customerName");
		requiredText(customerEmail, "customerEmail");
		lines = requiredList(lines, "lines");
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("lines must not be empty");
		}
		positive(itemCount, "itemCount");
		subtotal = money(subtotal, "subtotal");
		required(taxRate, "taxRate");
		taxAmount = money(taxAmount, "taxAmount");
		grandTotal = money(grandTotal, "grandTotal");
		requiredText(currency, "currency");
		required(payment, "payment");
		required(placedAt, "placedAt");
	}

}
