package io.storesphere.catalog.stock.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.stock.StockDeduction.Committed;
import io.storesphere.catalog.stock.StockDeduction.Deducted;
import io.storesphere.catalog.stock.StockDeduction.Level;
import io.storesphere.catalog.stock.StockLedger;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import org.springframework.stereotype.Component;

/**
 * Deducts an order's lines and records it in {@code catalog-inbox} in one
 * {@code TransactWriteItems}: each product update is conditional on the version it was
 * read at and on {@code stock >= quantity}; the inbox put is conditional on the order not
 * being recorded yet.
 */
@Component
class DynamoDbStockLedger implements StockLedger {

	private static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";

	private final DynamoDbClient dynamoDb;

	private final DynamoDbTable<InboxItem> inbox;

	private final DynamoDbIndex<InboxItem> pending;

	private final String productsTable;

	private final Duration keepFor;

	DynamoDbStockLedger(DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhanced, CatalogProperties properties) {
		this.dynamoDb = dynamoDb;
		this.inbox = enhanced.table(properties.inboxTable(), TableSchema.fromBean(InboxItem.class));
		this.pending = this.inbox.index(InboxItem.PENDING_INDEX);
		this.productsTable = properties.productsTable();
		this.keepFor = properties.stock().keepOutcomesFor();
	}

	@Override
	public Optional<Recorded> recorded(String orderId) {
		return Optional.ofNullable(this.inbox
			.getItem((request) -> request.key(Key.builder().partitionValue(InboxItem.keyOf(orderId)).build())
				.consistentRead(true)))
			.map(DynamoDbStockLedger::recorded);
	}

	@Override
	public Map<String, Level> levels(Collection<String> productIds) {
		Map<String, Level> levels = new LinkedHashMap<>();
		List<String> ids = List.copyOf(productIds);
		for (int from = 0; from < ids.size(); from += 100) {
			List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + 100))
				.stream()
				.map((id) -> Map.of("productId", AttributeValue.fromS(id)))
				.toList();
			Map<String, KeysAndAttributes> request = Map.of(this.productsTable,
					KeysAndAttributes.builder()
						.keys(keys)
						.consistentRead(true)
						.projectionExpression("productId, #name, stock, threshold, version")
						.expressionAttributeNames(Map.of("#name", "name"))
						.build());
			while (!request.isEmpty()) {
				Map<String, KeysAndAttributes> unread = request;
				BatchGetItemResponse response = this.dynamoDb.batchGetItem((batch) -> batch.requestItems(unread));
				response.responses()
					.getOrDefault(this.productsTable, List.of())
					.forEach((item) -> levels.put(item.get("productId").s(), level(item)));
				request = response.unprocessedKeys();
			}
		}
		return levels;
	}

	@Override
	public void commit(String orderId, String sourceEventId, Committed decision, List<String> events, Instant now) {
		List<TransactWriteItem> writes = deductions(decision, now);
		writes.add(recordOutcome(orderId, sourceEventId, true, events, now));
		transact(orderId, writes, () -> new AlreadyRecordedException(orderId));
	}

	private List<TransactWriteItem> deductions(Committed decision, Instant now) {
		List<TransactWriteItem> writes = new ArrayList<>();
		for (Deducted line : decision.deductions()) {
			Level before = line.before();
			writes.add(TransactWriteItem.builder()
				.update(Update.builder()
					.tableName(this.productsTable)
					.key(Map.of("productId", AttributeValue.fromS(before.productId())))
					.updateExpression("SET stock = :after, version = :next, updatedAt = :now")
					.conditionExpression("version = :seen AND stock >= :quantity")
					.expressionAttributeValues(Map.of(":after", number(line.stockAfter()), ":next",
							number(before.version() + 1), ":now", AttributeValue.fromS(now.toString()), ":seen",
							number(before.version()), ":quantity", number(line.quantity())))
					.build())
				.build());
		}
		return writes;
	}

	/**
	 * Runs a transaction whose last write is the inbox's; that one failing its condition
	 * means another delivery got there first.
	 */
	private void transact(String orderId, List<TransactWriteItem> writes, Supplier<RuntimeException> inboxMoved) {
		try {
			this.dynamoDb.transactWriteItems((request) -> request.transactItems(writes));
		}
		catch (TransactionCanceledException ex) {
			List<CancellationReason> reasons = ex.cancellationReasons();
			if (reasons.size() == writes.size()
					&& CONDITIONAL_CHECK_FAILED.equals(reasons.get(reasons.size() - 1).code())) {
				throw inboxMoved.get();
			}
			throw new ProductsChangedException("Order " + orderId + " conflicted: " + ex.getMessage());
		}
	}

	@Override
	public void begin(String orderId, String sourceEventId, Instant now) {
		InboxItem item = new InboxItem();
		item.setEventId(InboxItem.keyOf(orderId));
		item.setOrderId(orderId);
		item.setSourceEventId(sourceEventId);
		item.setOutcome(State.APPLYING.name());
		item.setPartsApplied(0);
		item.setRecordedAt(now.toString());
		item.setExpiresAt(now.plus(this.keepFor).getEpochSecond());
		try {
			this.dynamoDb.putItem((request) -> request.tableName(this.inbox.tableName())
				.item(this.inbox.tableSchema().itemToMap(item, true))
				.conditionExpression("attribute_not_exists(eventId)"));
		}
		catch (ConditionalCheckFailedException ex) {
			throw new AlreadyRecordedException(orderId);
		}
	}

	@Override
	public void applyPart(String orderId, int part, Committed decision, List<String> alerts, Instant now) {
		List<TransactWriteItem> writes = deductions(decision, now);
		writes.add(TransactWriteItem.builder()
			.update(Update.builder()
				.tableName(this.inbox.tableName())
				.key(inboxKey(orderId))
				.updateExpression(
						"SET partsApplied = :next, pendingAlerts = list_append(if_not_exists(pendingAlerts, :none), :alerts)")
				.conditionExpression("outcome = :applying AND partsApplied = :part")
				.expressionAttributeValues(Map.of(":next", number(part + 1), ":part", number(part), ":none",
						AttributeValue.fromL(List.of()), ":alerts", strings(alerts), ":applying",
						AttributeValue.fromS(State.APPLYING.name())))
				.build())
			.build());
		transact(orderId, writes, () -> new ProgressMovedException(orderId));
	}

	@Override
	public void startUndoing(String orderId, int partsApplied, String rejection) {
		try {
			this.dynamoDb.updateItem((request) -> request.tableName(this.inbox.tableName())
				.key(inboxKey(orderId))
				.updateExpression("SET outcome = :undoing, rejection = :rejection")
				.conditionExpression("outcome = :applying AND partsApplied = :parts")
				.expressionAttributeValues(Map.of(":undoing", AttributeValue.fromS(State.UNDOING.name()), ":rejection",
						AttributeValue.fromS(rejection), ":applying", AttributeValue.fromS(State.APPLYING.name()),
						":parts", number(partsApplied))));
		}
		catch (ConditionalCheckFailedException ex) {
			throw new ProgressMovedException(orderId);
		}
	}

	@Override
	public void undoPart(String orderId, int part, Map<String, Integer> quantities, Instant now) {
		List<TransactWriteItem> writes = new ArrayList<>();
		// A product deleted meanwhile has nothing to give back to.
		for (String productId : levels(quantities.keySet()).keySet()) {
			writes.add(TransactWriteItem.builder()
				.update(Update.builder()
					.tableName(this.productsTable)
					.key(Map.of("productId", AttributeValue.fromS(productId)))
					.updateExpression("SET stock = stock + :quantity, version = version + :one, updatedAt = :now")
					.conditionExpression("attribute_exists(productId)")
					.expressionAttributeValues(Map.of(":quantity", number(quantities.get(productId)), ":one", number(1),
							":now", AttributeValue.fromS(now.toString())))
					.build())
				.build());
		}
		writes.add(TransactWriteItem.builder()
			.update(Update.builder()
				.tableName(this.inbox.tableName())
				.key(inboxKey(orderId))
				.updateExpression("SET partsApplied = :part")
				.conditionExpression("outcome = :undoing AND partsApplied = :applied")
				.expressionAttributeValues(Map.of(":part", number(part), ":applied", number(part + 1), ":undoing",
						AttributeValue.fromS(State.UNDOING.name())))
				.build())
			.build());
		transact(orderId, writes, () -> new ProgressMovedException(orderId));
	}

	@Override
	public void finish(String orderId, boolean committed, List<String> events, Instant now) {
		try {
			this.dynamoDb
				.updateItem((request) -> request.tableName(this.inbox.tableName())
					.key(inboxKey(orderId))
					.updateExpression("SET outcome = :outcome, pendingEvents = :events, pendingPublication = :pending "
							+ "REMOVE pendingAlerts, rejection")
					.conditionExpression("outcome IN (:applying, :undoing)")
					.expressionAttributeValues(Map.of(":outcome",
							AttributeValue.fromS((committed ? State.COMMITTED : State.REJECTED).name()), ":events",
							strings(events), ":pending", AttributeValue.fromS(InboxItem.PENDING), ":applying",
							AttributeValue.fromS(State.APPLYING.name()), ":undoing",
							AttributeValue.fromS(State.UNDOING.name()))));
		}
		catch (ConditionalCheckFailedException ex) {
			throw new ProgressMovedException(orderId);
		}
	}

	@Override
	public void reject(String orderId, String sourceEventId, List<String> events, Instant now) {
		try {
			this.dynamoDb.putItem((request) -> request.tableName(this.inbox.tableName())
				.item(item(orderId, sourceEventId, false, events, now))
				.conditionExpression("attribute_not_exists(eventId)"));
		}
		catch (ConditionalCheckFailedException ex) {
			throw new AlreadyRecordedException(orderId);
		}
	}

	@Override
	public void published(String orderId) {
		this.dynamoDb.updateItem((request) -> request.tableName(this.inbox.tableName())
			.key(inboxKey(orderId))
			.updateExpression("REMOVE pendingEvents, pendingPublication"));
	}

	@Override
	public List<Recorded> unpublishedBefore(Instant cutoff, int limit) {
		return this.pending
			.query((request) -> request
				.queryConditional(QueryConditional
					.sortLessThan((key) -> key.partitionValue(InboxItem.PENDING).sortValue(cutoff.toString())))
				.limit(limit))
			.stream()
			.limit(1)
			.flatMap((page) -> page.items().stream())
			.map(DynamoDbStockLedger::recorded)
			.toList();
	}

	private TransactWriteItem recordOutcome(String orderId, String sourceEventId, boolean committed,
			List<String> events, Instant now) {
		return TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(this.inbox.tableName())
				.item(item(orderId, sourceEventId, committed, events, now))
				.conditionExpression("attribute_not_exists(eventId)")
				.build())
			.build();
	}

	private Map<String, AttributeValue> item(String orderId, String sourceEventId, boolean committed,
			List<String> events, Instant now) {
		InboxItem item = new InboxItem();
		item.setEventId(InboxItem.keyOf(orderId));
		item.setOrderId(orderId);
		item.setSourceEventId(sourceEventId);
		item.setOutcome((committed ? State.COMMITTED : State.REJECTED).name());
		item.setRecordedAt(now.toString());
		item.setExpiresAt(now.plus(this.keepFor).getEpochSecond());
		if (!events.isEmpty()) {
			item.setPendingEvents(List.copyOf(events));
			item.setPendingPublication(InboxItem.PENDING);
		}
		return this.inbox.tableSchema().itemToMap(item, true);
	}

	private static Recorded recorded(InboxItem item) {
		return new Recorded(item.getOrderId(), State.valueOf(item.getOutcome()), orEmpty(item.getPendingEvents()),
				Instant.parse(item.getRecordedAt()), (item.getPartsApplied() != null) ? item.getPartsApplied() : 0,
				orEmpty(item.getPendingAlerts()), item.getRejection());
	}

	private static List<String> orEmpty(List<String> list) {
		return (list != null) ? list : List.of();
	}

	private static Map<String, AttributeValue> inboxKey(String orderId) {
		return Map.of("eventId", AttributeValue.fromS(InboxItem.keyOf(orderId)));
	}

	private static AttributeValue strings(List<String> values) {
		return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
	}

	private static Level level(Map<String, AttributeValue> item) {
		return new Level(item.get("productId").s(), item.get("name").s(), Integer.parseInt(item.get("stock").n()),
				Integer.parseInt(item.get("threshold").n()), Long.parseLong(item.get("version").n()));
	}

	private static AttributeValue number(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

}
