package io.storesphere.checkout.order.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.order.Order;
import io.storesphere.checkout.order.OrderOutbox;
import io.storesphere.checkout.order.OrderStatus;
import io.storesphere.checkout.order.Orders;
import io.storesphere.checkout.order.Page;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactUpdateItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import org.springframework.stereotype.Component;

/**
 * Orders in DynamoDB, each item its own outbox. Placing an order writes the order and
 * completes its idempotency key in one transaction; a saga step writes the order (checked
 * against the version it read) and the inbox record of the event that caused it in one
 * transaction. Listings read the {@code orders-by-user} and {@code orders-by-status}
 * indexes newest first; the relay reads the sparse {@code orders-with-pending-events}.
 */
@Component
class DynamoOrders implements Orders, OrderOutbox {

	static final String BY_USER = "orders-by-user";

	static final String BY_STATUS = "orders-by-status";

	static final String PENDING = "orders-with-pending-events";

	private static final TableSchema<OrderItem> ORDER = TableSchema.fromBean(OrderItem.class);

	private static final TableSchema<IdempotencyKeyItem> KEY = TableSchema.fromBean(IdempotencyKeyItem.class);

	private static final TableSchema<InboxItem> INBOX = TableSchema.fromBean(InboxItem.class);

	private static final int MARK_ATTEMPTS = 5;

	private final DynamoDbEnhancedClient dynamoDb;

	private final DynamoDbTable<OrderItem> orders;

	private final DynamoDbTable<IdempotencyKeyItem> keys;

	private final DynamoDbTable<InboxItem> inbox;

	private final EventCodec codec;

	private final Clock clock;

	private final Duration inboxKeepFor;

	DynamoOrders(DynamoDbEnhancedClient dynamoDb, EventCodec codec, CheckoutProperties properties, Clock clock) {
		this.dynamoDb = dynamoDb;
		this.orders = dynamoDb.table(properties.tables().orders(), ORDER);
		this.keys = dynamoDb.table(properties.tables().idempotencyKeys(), KEY);
		this.inbox = dynamoDb.table(properties.tables().inbox(), INBOX);
		this.codec = codec;
		this.clock = clock;
		this.inboxKeepFor = properties.saga().inboxKeepFor();
	}

	@Override
	public void place(Order order, List<EventEnvelope<?>> events, String idempotencyKey) {
		OrderItem item = OrderItems.toItem(order);
		item.setEvents(new ArrayList<>(outboxEvents(events)));
		OrderItems.markPending(item);
		item.setVersion(1L);
		IdempotencyKeyItem completed = new IdempotencyKeyItem();
		completed.setIdempotencyKey(idempotencyKey);
		completed.setStatus(DynamoIdempotencyKeys.COMPLETED);
		try {
			this.dynamoDb.transactWriteItems((request) -> request
				.addPutItem(this.orders,
						TransactPutItemEnhancedRequest.builder(OrderItem.class)
							.item(item)
							.conditionExpression(
									Expression.builder().expression("attribute_not_exists(orderId)").build())
							.build())
				.addUpdateItem(this.keys, TransactUpdateItemEnhancedRequest.builder(IdempotencyKeyItem.class)
					.item(completed)
					.ignoreNulls(true)
					.conditionExpression(Expression.builder()
						.expression("#status = :inProgress AND orderId = :orderId")
						.putExpressionName("#status", "status")
						.putExpressionValue(":inProgress", AttributeValue.fromS(DynamoIdempotencyKeys.IN_PROGRESS))
						.putExpressionValue(":orderId", AttributeValue.fromS(order.id()))
						.build())
					.build()));
		}
		catch (TransactionCanceledException ex) {
			if (failedCondition(ex, 1)) {
				throw new ClaimLost(idempotencyKey);
			}
			throw ex;
		}
	}

	@Override
	public Optional<Order> find(String orderId) {
		return Optional.ofNullable(read(orderId)).map(OrderItems::toOrder);
	}

	@Override
	public Page<Order> ofCustomer(String userId, int limit, String cursor) {
		return newestFirst(BY_USER, "userId", List.of(userId), limit, cursor);
	}

	@Override
	public Page<Order> all(OrderStatus status, int limit, String cursor) {
		List<String> statuses = (status != null) ? List.of(status.name())
				: Arrays.stream(OrderStatus.values()).map(Enum::name).toList();
		return newestFirst(BY_STATUS, "status", statuses, limit, cursor);
	}

	@Override
	public void update(Order order, List<EventEnvelope<?>> events, EventEnvelope<?> causedBy) {
		OrderItem current = read(order.id());
		if (current == null || current.getVersion() != order.version()) {
			throw new ConcurrentUpdate(order.id());
		}
		OrderItem item = OrderItems.toItem(order);
		List<OutboxEventItem> outbox = new ArrayList<>(current.getEvents());
		outbox.addAll(outboxEvents(events));
		item.setEvents(outbox);
		OrderItems.markPending(item);
		item.setVersion(current.getVersion() + 1);
		try {
			this.dynamoDb.transactWriteItems((request) -> request
				.addPutItem(this.orders,
						TransactPutItemEnhancedRequest.builder(OrderItem.class)
							.item(item)
							.conditionExpression(sameVersion(current.getVersion()))
							.build())
				.addPutItem(this.inbox,
						TransactPutItemEnhancedRequest.builder(InboxItem.class)
							.item(inboxItem(causedBy))
							.conditionExpression(
									Expression.builder().expression("attribute_not_exists(eventId)").build())
							.build()));
		}
		catch (TransactionCanceledException ex) {
			if (failedCondition(ex, 1)) {
				throw new AlreadyProcessed(causedBy.eventId().toString());
			}
			if (failedCondition(ex, 0)) {
				throw new ConcurrentUpdate(order.id());
			}
			throw ex;
		}
	}

	@Override
	public boolean isProcessed(EventEnvelope<?> event) {
		return this.inbox.getItem(GetItemEnhancedRequest.builder()
			.key(Key.builder().partitionValue(event.eventId().toString()).build())
			.consistentRead(true)
			.build()) != null;
	}

	@Override
	public void markProcessed(EventEnvelope<?> event) {
		try {
			this.inbox.putItem(PutItemEnhancedRequest.builder(InboxItem.class)
				.item(inboxItem(event))
				.conditionExpression(Expression.builder().expression("attribute_not_exists(eventId)").build())
				.build());
		}
		catch (ConditionalCheckFailedException alreadyThere) {
			// handled by another consumer meanwhile: the same outcome
		}
	}

	@Override
	public List<PendingEvent> pendingEvents(String orderId) {
		OrderItem item = read(orderId);
		if (item == null) {
			return List.of();
		}
		return item.getEvents()
			.stream()
			.filter((event) -> event.getPublishedAt() == null)
			.map((event) -> new PendingEvent(event.getEventId(), event.getEventType(), event.getBody()))
			.toList();
	}

	@Override
	public void markPublished(String orderId, Set<String> eventIds, Instant at) {
		for (int attempt = 1; attempt <= MARK_ATTEMPTS; attempt++) {
			OrderItem item = read(orderId);
			if (item == null) {
				return;
			}
			boolean changed = false;
			for (OutboxEventItem event : item.getEvents()) {
				if (event.getPublishedAt() == null && eventIds.contains(event.getEventId())) {
					event.setPublishedAt(Timestamps.format(at));
					changed = true;
				}
			}
			if (!changed) {
				return;
			}
			OrderItems.markPending(item);
			long version = item.getVersion();
			item.setVersion(version + 1);
			try {
				this.orders.putItem(PutItemEnhancedRequest.builder(OrderItem.class)
					.item(item)
					.conditionExpression(sameVersion(version))
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
		return this.orders.index(PENDING)
			.query(QueryEnhancedRequest.builder()
				.queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(OrderItems.PENDING).build()))
				.filterExpression(Expression.builder()
					.expression("outboxPendingSince < :before")
					.putExpressionValue(":before", AttributeValue.fromS(Timestamps.format(before)))
					.build())
				.limit(limit)
				.build())
			.stream()
			.findFirst()
			.map((page) -> page.items().stream().map(OrderItem::getOrderId).toList())
			.orElse(List.of());
	}

	private OrderItem read(String orderId) {
		return this.orders.getItem(GetItemEnhancedRequest.builder()
			.key(Key.builder().partitionValue(orderId).build())
			.consistentRead(true)
			.build());
	}

	/**
	 * Newest first across one or more index partitions ("streams"): reads a page from
	 * each, merges them by time keeping each stream's order, and remembers per stream the
	 * last order handed out.
	 */
	private Page<Order> newestFirst(String index, String partitionAttribute, List<String> streams, int limit,
			String cursor) {
		Map<String, Map<String, String>> positions = Cursors.decode(cursor, Set.copyOf(streams), partitionAttribute,
				Set.of("orderId", partitionAttribute, "placedAt"));
		Map<String, List<OrderItem>> fetched = new LinkedHashMap<>();
		Map<String, Boolean> more = new LinkedHashMap<>();
		for (String stream : streams) {
			Map<String, String> position = positions.get(stream);
			if (Cursors.DONE.equals(position)) {
				continue;
			}
			QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
				.queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(stream).build()))
				.scanIndexForward(false)
				.limit(limit);
			if (position != null) {
				query.exclusiveStartKey(Cursors.toKey(position));
			}
			software.amazon.awssdk.enhanced.dynamodb.model.Page<OrderItem> page = this.orders.index(index)
				.query(query.build())
				.stream()
				.findFirst()
				.orElse(null);
			fetched.put(stream, (page != null) ? new ArrayList<>(page.items()) : new ArrayList<>());
			more.put(stream, page != null && page.lastEvaluatedKey() != null && !page.lastEvaluatedKey().isEmpty());
		}
		List<OrderItem> taken = new ArrayList<>();
		Map<String, Integer> takenPerStream = new LinkedHashMap<>();
		while (taken.size() < limit) {
			String newest = null;
			for (Map.Entry<String, List<OrderItem>> entry : fetched.entrySet()) {
				int next = takenPerStream.getOrDefault(entry.getKey(), 0);
				if (next < entry.getValue().size() && (newest == null || entry.getValue()
					.get(next)
					.getPlacedAt()
					.compareTo(fetched.get(newest).get(takenPerStream.getOrDefault(newest, 0)).getPlacedAt()) > 0)) {
					newest = entry.getKey();
				}
			}
			if (newest == null) {
				break;
			}
			int next = takenPerStream.getOrDefault(newest, 0);
			taken.add(fetched.get(newest).get(next));
			takenPerStream.put(newest, next + 1);
		}
		Map<String, Map<String, String>> nextPositions = new LinkedHashMap<>();
		for (String stream : streams) {
			Map<String, String> position = positions.get(stream);
			if (Cursors.DONE.equals(position)) {
				nextPositions.put(stream, Cursors.DONE);
				continue;
			}
			List<OrderItem> items = fetched.get(stream);
			int count = takenPerStream.getOrDefault(stream, 0);
			if (count == items.size() && !more.get(stream)) {
				nextPositions.put(stream, Cursors.DONE);
			}
			else if (count > 0) {
				OrderItem last = items.get(count - 1);
				nextPositions.put(stream, Map.of("orderId", last.getOrderId(), partitionAttribute, stream, "placedAt",
						last.getPlacedAt()));
			}
			else if (position != null) {
				nextPositions.put(stream, position);
			}
		}
		boolean finished = streams.stream().allMatch((stream) -> Cursors.DONE.equals(nextPositions.get(stream)));
		return new Page<>(taken.stream().map(OrderItems::toOrder).toList(),
				finished ? null : Cursors.encode(nextPositions));
	}

	private List<OutboxEventItem> outboxEvents(List<EventEnvelope<?>> events) {
		String now = Timestamps.format(this.clock.instant());
		return events.stream().map((event) -> {
			OutboxEventItem item = new OutboxEventItem();
			item.setEventId(event.eventId().toString());
			item.setEventType(event.eventType());
			item.setBody(this.codec.encode(event));
			item.setCreatedAt(now);
			return item;
		}).toList();
	}

	private InboxItem inboxItem(EventEnvelope<?> event) {
		Instant now = this.clock.instant();
		InboxItem item = new InboxItem();
		item.setEventId(event.eventId().toString());
		item.setEventType(event.eventType());
		item.setProcessedAt(Timestamps.format(now));
		item.setExpiresAt(now.plus(this.inboxKeepFor).getEpochSecond());
		return item;
	}

	private static Expression sameVersion(long version) {
		return Expression.builder()
			.expression("#version = :version")
			.putExpressionName("#version", "version")
			.putExpressionValue(":version", AttributeValue.fromN(String.valueOf(version)))
			.build();
	}

	private static boolean failedCondition(TransactionCanceledException ex, int index) {
		List<CancellationReason> reasons = ex.cancellationReasons();
		return reasons != null && reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
	}

}
