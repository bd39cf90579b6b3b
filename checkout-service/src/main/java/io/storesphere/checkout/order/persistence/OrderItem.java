package io.storesphere.checkout.order.persistence;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/**
 * An order as stored in {@code <env>-checkout-orders}, with its outbox: the events it
 * publishes, each marked once published. {@code outboxPending} exists only while an event
 * waits, which makes the {@code orders-with-pending-events} index sparse. Money is kept
 * as two-place decimal strings and times as fixed-width ISO-8601 strings (so they sort).
 * It holds the card's brand and last four digits, never the number or the CVC. Public
 * only because the Enhanced Client maps public beans.
 */
@DynamoDbBean
public class OrderItem {

	private String orderId;

	private String orderNumber;

	private String userId;

	private String customerName;

	private String customerEmail;

	private String status;

	private List<LineItem> lines = new ArrayList<>();

	private Integer itemCount;

	private String subtotal;

	private String taxRate;

	private String taxAmount;

	private String grandTotal;

	private String currency;

	private String paymentReference;

	private String cardBrand;

	private String cardLast4;

	private String placedAt;

	private String confirmedAt;

	private String cancelledAt;

	private String cancellationReason;

	private String refundReference;

	private String refundedAmount;

	private String refundedAt;

	private List<OutboxEventItem> events = new ArrayList<>();

	private String outboxPending;

	private String outboxPendingSince;

	private Long version;

	@DynamoDbPartitionKey
	public String getOrderId() {
		return this.orderId;
	}

	public void setOrderId(String orderId) {
		this.orderId = orderId;
	}

	public String getOrderNumber() {
		return this.orderNumber;
	}

	public void setOrderNumber(String orderNumber) {
		this.orderNumber = orderNumber;
	}

	@DynamoDbSecondaryPartitionKey(indexNames = DynamoOrders.BY_USER)
	public String getUserId() {
		return this.userId;
	}

	public void setUserId(String userId) {
		this.userId = userId;
	}

	public String getCustomerName() {
		return this.customerName;
	}

	public void setCustomerName(String customerName) {
		this.customerName = customerName;
	}

	public String getCustomerEmail() {
		return this.customerEmail;
	}

	public void setCustomerEmail(String customerEmail) {
		this.customerEmail = customerEmail;
	}

	@DynamoDbSecondaryPartitionKey(indexNames = DynamoOrders.BY_STATUS)
	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public List<LineItem> getLines() {
		return this.lines;
	}

	public void setLines(List<LineItem> lines) {
		this.lines = lines;
	}

	public Integer getItemCount() {
		return this.itemCount;
	}

	public void setItemCount(Integer itemCount) {
		this.itemCount = itemCount;
	}

	public String getSubtotal() {
		return this.subtotal;
	}

	public void setSubtotal(String subtotal) {
		this.subtotal = subtotal;
	}

	public String getTaxRate() {
		return this.taxRate;
	}

	public void setTaxRate(String taxRate) {
		this.taxRate = taxRate;
	}

	public String getTaxAmount() {
		return this.taxAmount;
	}

	public void setTaxAmount(String taxAmount) {
		this.taxAmount = taxAmount;
	}

	public String getGrandTotal() {
		return this.grandTotal;
	}

	public void setGrandTotal(String grandTotal) {
		this.grandTotal = grandTotal;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getPaymentReference() {
		return this.paymentReference;
	}

	public void setPaymentReference(String paymentReference) {
		this.paymentReference = paymentReference;
	}

	public String getCardBrand() {
		return this.cardBrand;
	}

	public void setCardBrand(String cardBrand) {
		this.cardBrand = cardBrand;
	}

	public String getCardLast4() {
		return this.cardLast4;
	}

	public void setCardLast4(String cardLast4) {
		this.cardLast4 = cardLast4;
	}

	@DynamoDbSecondarySortKey(indexNames = { DynamoOrders.BY_USER, DynamoOrders.BY_STATUS, DynamoOrders.PENDING })
	public String getPlacedAt() {
		return this.placedAt;
	}

	public void setPlacedAt(String placedAt) {
		this.placedAt = placedAt;
	}

	public String getConfirmedAt() {
		return this.confirmedAt;
	}

	public void setConfirmedAt(String confirmedAt) {
		this.confirmedAt = confirmedAt;
	}

	public String getCancelledAt() {
		return this.cancelledAt;
	}

	public void setCancelledAt(String cancelledAt) {
		this.cancelledAt = cancelledAt;
	}

	public String getCancellationReason() {
		return this.cancellationReason;
	}

	public void setCancellationReason(String cancellationReason) {
		this.cancellationReason = cancellationReason;
	}

	public String getRefundReference() {
		return this.refundReference;
	}

	public void setRefundReference(String refundReference) {
		this.refundReference = refundReference;
	}

	public String getRefundedAmount() {
		return this.refundedAmount;
	}

	public void setRefundedAmount(String refundedAmount) {
		this.refundedAmount = refundedAmount;
	}

	public String getRefundedAt() {
		return this.refundedAt;
	}

	public void setRefundedAt(String refundedAt) {
		this.refundedAt = refundedAt;
	}

	public List<OutboxEventItem> getEvents() {
		return this.events;
	}

	public void setEvents(List<OutboxEventItem> events) {
		this.events = events;
	}

	@DynamoDbSecondaryPartitionKey(indexNames = DynamoOrders.PENDING)
	public String getOutboxPending() {
		return this.outboxPending;
	}

	public void setOutboxPending(String outboxPending) {
		this.outboxPending = outboxPending;
	}

	public String getOutboxPendingSince() {
		return this.outboxPendingSince;
	}

	public void setOutboxPendingSince(String outboxPendingSince) {
		this.outboxPendingSince = outboxPendingSince;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
