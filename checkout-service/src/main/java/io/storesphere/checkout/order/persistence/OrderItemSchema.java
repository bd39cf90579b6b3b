package io.storesphere.checkout.order.persistence;

import java.util.List;

import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

/**
 * How an {@link OrderItem} and the lines and events inside it map to DynamoDB attributes:
 * one attribute per component, under its name, with the keys of the table and of its
 * indexes. The attribute names and types are those the items were first written with
 * (when they were mapped as beans), so stored orders read as before.
 */
final class OrderItemSchema {

	static final TableSchema<LineItem> LINE = StaticImmutableTableSchema.builder(LineItem.class, LineBuilder.class)
		.newItemBuilder(LineBuilder::new, LineBuilder::build)
		.addAttribute(String.class,
				(a) -> a.name("productId").getter(LineItem::productId).setter((b, v) -> b.productId = v))
		.addAttribute(String.class,
				(a) -> a.name("productName").getter(LineItem::productName).setter((b, v) -> b.productName = v))
		.addAttribute(String.class,
				(a) -> a.name("unitPrice").getter(LineItem::unitPrice).setter((b, v) -> b.unitPrice = v))
		.addAttribute(Integer.class,
				(a) -> a.name("quantity").getter(LineItem::quantity).setter((b, v) -> b.quantity = v))
		.addAttribute(String.class,
				(a) -> a.name("lineTotal").getter(LineItem::lineTotal).setter((b, v) -> b.lineTotal = v))
		.build();

	static final TableSchema<OutboxEventItem> EVENT = StaticImmutableTableSchema
		.builder(OutboxEventItem.class, EventBuilder.class)
		.newItemBuilder(EventBuilder::new, EventBuilder::build)
		.addAttribute(String.class,
				(a) -> a.name("eventId").getter(OutboxEventItem::eventId).setter((b, v) -> b.eventId = v))
		.addAttribute(String.class,
				(a) -> a.name("eventType").getter(OutboxEventItem::eventType).setter((b, v) -> b.eventType = v))
		.addAttribute(String.class, (a) -> a.name("body").getter(OutboxEventItem::body).setter((b, v) -> b.body = v))
		.addAttribute(String.class,
				(a) -> a.name("createdAt").getter(OutboxEventItem::createdAt).setter((b, v) -> b.createdAt = v))
		.addAttribute(String.class,
				(a) -> a.name("publishedAt").getter(OutboxEventItem::publishedAt).setter((b, v) -> b.publishedAt = v))
		.build();

	private static final EnhancedType<List<LineItem>> LINES = EnhancedType
		.listOf(EnhancedType.documentOf(LineItem.class, LINE));

	private static final EnhancedType<List<OutboxEventItem>> EVENTS = EnhancedType
		.listOf(EnhancedType.documentOf(OutboxEventItem.class, EVENT));

	static final TableSchema<OrderItem> ORDER = StaticImmutableTableSchema.builder(OrderItem.class, OrderBuilder.class)
		.newItemBuilder(OrderBuilder::new, OrderBuilder::build)
		.addAttribute(String.class,
				(a) -> a.name("orderId")
					.getter(OrderItem::orderId)
					.setter((b, v) -> b.orderId = v)
					.tags(primaryPartitionKey()))
		.addAttribute(String.class,
				(a) -> a.name("orderNumber").getter(OrderItem::orderNumber).setter((b, v) -> b.orderNumber = v))
		.addAttribute(String.class,
				(a) -> a.name("userId")
					.getter(OrderItem::userId)
					.setter((b, v) -> b.userId = v)
					.tags(secondaryPartitionKey(OrderItem.BY_USER)))
		.addAttribute(String.class,
				(a) -> a.name("customerName").getter(OrderItem::customerName).setter((b, v) -> b.customerName = v))
		.addAttribute(String.class,
				(a) -> a.name("customerEmail").getter(OrderItem::customerEmail).setter((b, v) -> b.customerEmail = v))
		.addAttribute(String.class,
				(a) -> a.name("status")
					.getter(OrderItem::status)
					.setter((b, v) -> b.status = v)
					.tags(secondaryPartitionKey(OrderItem.BY_STATUS)))
		.addAttribute(LINES, (a) -> a.name("lines").getter(OrderItem::lines).setter((b, v) -> b.lines = v))
		.addAttribute(Integer.class,
				(a) -> a.name("itemCount").getter(OrderItem::itemCount).setter((b, v) -> b.itemCount = v))
		.addAttribute(String.class,
				(a) -> a.name("subtotal").getter(OrderItem::subtotal).setter((b, v) -> b.subtotal = v))
		.addAttribute(String.class, (a) -> a.name("taxRate").getter(OrderItem::taxRate).setter((b, v) -> b.taxRate = v))
		.addAttribute(String.class,
				(a) -> a.name("taxAmount").getter(OrderItem::taxAmount).setter((b, v) -> b.taxAmount = v))
		.addAttribute(String.class,
				(a) -> a.name("grandTotal").getter(OrderItem::grandTotal).setter((b, v) -> b.grandTotal = v))
		.addAttribute(String.class,
				(a) -> a.name("currency").getter(OrderItem::currency).setter((b, v) -> b.currency = v))
		.addAttribute(String.class,
				(a) -> a.name("paymentReference")
					.getter(OrderItem::paymentReference)
					.setter((b, v) -> b.paymentReference = v))
		.addAttribute(String.class,
				(a) -> a.name("cardBrand").getter(OrderItem::cardBrand).setter((b, v) -> b.cardBrand = v))
		.addAttribute(String.class,
				(a) -> a.name("cardLast4").getter(OrderItem::cardLast4).setter((b, v) -> b.cardLast4 = v))
		.addAttribute(String.class,
				(a) -> a.name("placedAt")
					.getter(OrderItem::placedAt)
					.setter((b, v) -> b.placedAt = v)
					.tags(secondarySortKey(
							List.of(OrderItem.BY_USER, OrderItem.BY_STATUS, OrderItem.WITH_PENDING_EVENTS))))
		.addAttribute(String.class,
				(a) -> a.name("confirmedAt").getter(OrderItem::confirmedAt).setter((b, v) -> b.confirmedAt = v))
		.addAttribute(String.class,
				(a) -> a.name("cancelledAt").getter(OrderItem::cancelledAt).setter((b, v) -> b.cancelledAt = v))
		.addAttribute(String.class,
				(a) -> a.name("cancellationReason")
					.getter(OrderItem::cancellationReason)
					.setter((b, v) -> b.cancellationReason = v))
		.addAttribute(String.class,
				(a) -> a.name("refundReference")
					.getter(OrderItem::refundReference)
					.setter((b, v) -> b.refundReference = v))
		.addAttribute(String.class,
				(a) -> a.name("refundedAmount")
					.getter(OrderItem::refundedAmount)
					.setter((b, v) -> b.refundedAmount = v))
		.addAttribute(String.class,
				(a) -> a.name("refundedAt").getter(OrderItem::refundedAt).setter((b, v) -> b.refundedAt = v))
		.addAttribute(EVENTS, (a) -> a.name("events").getter(OrderItem::events).setter((b, v) -> b.events = v))
		.addAttribute(String.class,
				(a) -> a.name("outboxPending")
					.getter(OrderItem::outboxPending)
					.setter((b, v) -> b.outboxPending = v)
					.tags(secondaryPartitionKey(OrderItem.WITH_PENDING_EVENTS)))
		.addAttribute(String.class,
				(a) -> a.name("outboxPendingSince")
					.getter(OrderItem::outboxPendingSince)
					.setter((b, v) -> b.outboxPendingSince = v))
		.addAttribute(Long.class, (a) -> a.name("version").getter(OrderItem::version).setter((b, v) -> b.version = v))
		.build();

	private OrderItemSchema() {
	}

	/** Collects OrderItem's attributes as they are read. */
	static final class OrderBuilder {

		private String orderId;

		private String orderNumber;

		private String userId;

		private String customerName;

		private String customerEmail;

		private String status;

		private List<LineItem> lines;

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

		private List<OutboxEventItem> events;

		private String outboxPending;

		private String outboxPendingSince;

		private Long version;

		OrderItem build() {
			return new OrderItem(this.orderId, this.orderNumber, this.userId, this.customerName, this.customerEmail,
					this.status, this.lines, this.itemCount, this.subtotal, this.taxRate, this.taxAmount,
					this.grandTotal, this.currency, this.paymentReference, this.cardBrand, this.cardLast4,
					this.placedAt, this.confirmedAt, this.cancelledAt, this.cancellationReason, this.refundReference,
					this.refundedAmount, this.refundedAt, this.events, this.outboxPending, this.outboxPendingSince,
					this.version);
		}

	}

	/** Collects LineItem's attributes as they are read. */
	static final class LineBuilder {

		private String productId;

		private String productName;

		private String unitPrice;

		private Integer quantity;

		private String lineTotal;

		LineItem build() {
			return new LineItem(this.productId, this.productName, this.unitPrice, this.quantity, this.lineTotal);
		}

	}

	/** Collects OutboxEventItem's attributes as they are read. */
	static final class EventBuilder {

		private String eventId;

		private String eventType;

		private String body;

		private String createdAt;

		private String publishedAt;

		OutboxEventItem build() {
			return new OutboxEventItem(this.eventId, this.eventType, this.body, this.createdAt, this.publishedAt);
		}

	}

}
