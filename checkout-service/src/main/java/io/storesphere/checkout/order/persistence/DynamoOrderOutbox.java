package io.storesphere.checkout.order.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.order.OrderOutbox;
import io.storesphere.checkout.order.Orders.ConcurrentUpdate;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.stereotype.Component;

/**
 * The outbox on the order items: an order's events not yet published, marking them
 * published (checked against the version read, so a saga step's write is never lost), and
 * the sparse {@code orders-with-pending-events} index the relay reads.
 */
@Component
class DynamoOrderOutbox implements OrderOutbox {

	private static final int MARK_ATTEMPTS = 5;

	private final DynamoDbTable<OrderItem> orders;

	DynamoOrderOutbox(DynamoDbEnhancedClient dynamoDb, CheckoutProperties properties) {
		this.orders = dynamoDb.table(properties.tables().orders(), DynamoSupport.ORDER);
	}

	@Override
	public List<PendingEvent> pendingEvents(String orderId) {
		OrderItem item = DynamoSupport.read(this.orders, orderId);
		if (item == null) {
			return List.of();
		}
		return item.events()
			.stream()
			.filter((event) -> event.publishedAt() == null)
			.map((event) -> new PendingEvent(event.eventId(), event.eventType(), event.body()))
			.toList();
	}

	@Override
	public void markPublished(String orderId, Set<String> eventIds, Instant at) {
		for (int attempt = 1; attempt <= MARK_ATTEMPTS; attempt++) {
			OrderItem item = DynamoSupport.read(this.orders, orderId);
			if (item == null) {
				return;
			}
			boolean changed = false;
			List<OutboxEventItem> events = new ArrayList<>();
			for (OutboxEventItem event : item.events()) {
				if (event.publishedAt() == null && eventIds.contains(event.eventId())) {
					events.add(event.published(Timestamps.format(at)));
					changed = true;
				}
				else {
					events.add(event);
				}
			}
			if (!changed) {
				return;
			}
			long version = item.version();
			try {
				this.orders.putItem(PutItemEnhancedRequest.builder(OrderItem.class)
					.item(item.withOutbox(events, version + 1))
					.conditionExpression(DynamoSupport.sameVersion(version))
					.build());
				return;
			}
			catch (ConditionalCheckFailedException changedMeanwhile) {
				// read again and mark again
			}
		}
		throw new ConcurrentUpdate(orderId);
	}

	@Override
	public List<String> ordersWithEventsPendingSince(Instant before, int limit) {
		return this.orders.index(OrderItem.WITH_PENDING_EVENTS)
			.query(QueryEnhancedRequest.builder()
				.queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(OrderItem.PENDING).build()))
				.filterExpression(Expression.builder()
					.expression("outboxPendingSince < :before")
					.putExpressionValue(":before", AttributeValue.fromS(Timestamps.format(before)))
					.build())
				.limit(limit)
				.build())
			.stream()
			.findFirst()
			.map((page) -> page.items().stream().map(OrderItem::orderId).toList())
			.orElse(List.of());
	}

}
