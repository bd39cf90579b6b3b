package io.storesphere.checkout.order.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.idempotency.IdempotencyKey;
import io.storesphere.checkout.idempotency.persistence.IdempotencyKeyItem;
import io.storesphere.checkout.idempotency.persistence.IdempotencyKeyTable;
import io.storesphere.checkout.order.Order;
import io.storesphere.checkout.order.Orders;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.starter.inbox.ProcessedEvent;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import org.springframework.stereotype.Component;

/**
 * Writes orders to DynamoDB, each item its own outbox. Placing an order writes the order
 * and completes its idempotency key in one transaction; a saga step writes the order
 * (checked against the version it read) and the inbox record of the event that caused it
 * in one transaction.
 */
@Component
class DynamoOrders implements Orders {

	private final DynamoDbEnhancedClient dynamoDb;

	private final DynamoDbTable<OrderItem> orders;

	private final DynamoDbTable<IdempotencyKeyItem> keys;

	private final DynamoDbTable<ProcessedEvent> inbox;

	private final EventCodec codec;

	private final Clock clock;

	private final Duration inboxKeepFor;

	DynamoOrders(DynamoDbEnhancedClient dynamoDb, EventCodec codec, CheckoutProperties properties, Clock clock) {
		this.dynamoDb = dynamoDb;
		this.orders = dynamoDb.table(properties.tables().orders(), DynamoSupport.ORDER);
		this.keys = IdempotencyKeyTable.of(dynamoDb, properties);
		this.inbox = dynamoDb.table(properties.tables().inbox(), ProcessedEvent.SCHEMA);
		this.codec = codec;
		this.clock = clock;
		this.inboxKeepFor = properties.saga().inboxKeepFor();
	}

	@Override
	public void place(Order order, List<EventEnvelope<?>> events, IdempotencyKey idempotencyKey) {
		OrderItem item = OrderItemMapper.toItem(order, outboxEvents(events), 1);
		try {
			this.dynamoDb.transactWriteItems((request) -> request
				.addPutItem(this.orders,
						TransactPutItemEnhancedRequest.builder(OrderItem.class)
							.item(item)
							.conditionExpression(DynamoSupport.absent("orderId"))
							.build())
				.addUpdateItem(this.keys, IdempotencyKeyTable.completion(idempotencyKey, order.id())));
		}
		catch (TransactionCanceledException ex) {
			if (DynamoSupport.failedCondition(ex, 1)) {
				throw new ClaimLost(idempotencyKey);
			}
			throw ex;
		}
	}

	@Override
	public void update(Order order, List<EventEnvelope<?>> events, EventEnvelope<?> causedBy) {
		OrderItem current = DynamoSupport.read(this.orders, order.id());
		if (current == null || current.version() != order.version()) {
			throw new ConcurrentUpdate(order.id());
		}
		List<OutboxEventItem> outbox = new ArrayList<>(current.events());
		outbox.addAll(outboxEvents(events));
		OrderItem item = OrderItemMapper.toItem(order, outbox, current.version() + 1);
		try {
			this.dynamoDb.transactWriteItems((request) -> request
				.addPutItem(this.orders,
						TransactPutItemEnhancedRequest.builder(OrderItem.class)
							.item(item)
							.conditionExpression(DynamoSupport.sameVersion(current.version()))
							.build())
				.addPutItem(this.inbox,
						TransactPutItemEnhancedRequest.builder(ProcessedEvent.class)
							.item(handled(causedBy))
							.conditionExpression(ProcessedEvent.IS_NEW)
							.build()));
		}
		catch (TransactionCanceledException ex) {
			if (DynamoSupport.failedCondition(ex, 1)) {
				throw new AlreadyProcessed(causedBy.eventId().toString());
			}
			if (DynamoSupport.failedCondition(ex, 0)) {
				throw new ConcurrentUpdate(order.id());
			}
			throw ex;
		}
	}

	private List<OutboxEventItem> outboxEvents(List<EventEnvelope<?>> events) {
		String now = Timestamps.format(this.clock.instant());
		return events.stream()
			.map((event) -> new OutboxEventItem(event.eventId().toString(), event.eventType(), this.codec.encode(event),
					now, null))
			.toList();
	}

	private ProcessedEvent handled(EventEnvelope<?> event) {
		Instant now = this.clock.instant();
		return ProcessedEvent.of(event.eventId().toString(), event.eventType(), now, now.plus(this.inboxKeepFor));
	}

}
