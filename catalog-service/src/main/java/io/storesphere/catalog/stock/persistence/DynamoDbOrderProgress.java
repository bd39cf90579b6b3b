package io.storesphere.catalog.stock.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.storesphere.catalog.stock.OrderProgress;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import org.springframework.stereotype.Component;

/**
 * Orders in {@code catalog-inbox}, one item each, read consistently. A change that moves
 * no stock is a single conditional put or update; the sparse
 * {@code inbox-pending-publication} index finds outcomes still to publish.
 */
@Component
class DynamoDbOrderProgress implements OrderProgress {

	private final DynamoDbClient dynamoDb;

	private final InboxWrites writes;

	private final DynamoDbTable<InboxItem> inbox;

	private final DynamoDbIndex<InboxItem> pending;

	DynamoDbOrderProgress(DynamoDbClient dynamoDb, InboxWrites writes) {
		this.dynamoDb = dynamoDb;
		this.writes = writes;
		this.inbox = writes.table();
		this.pending = this.inbox.index(InboxItem.PENDING_INDEX);
	}

	@Override
	public Optional<Recorded> recorded(String orderId) {
		return Optional.ofNullable(this.inbox
			.getItem((request) -> request.key(Key.builder().partitionValue(InboxItem.keyOf(orderId)).build())
				.consistentRead(true)))
			.map(DynamoDbOrderProgress::recorded);
	}

	@Override
	public void record(Change change) {
		TransactWriteItem write = this.writes.write(change);
		try {
			if (write.put() != null) {
				Put put = write.put();
				this.dynamoDb.putItem((request) -> request.tableName(put.tableName())
					.item(put.item())
					.conditionExpression(put.conditionExpression()));
			}
			else {
				Update update = write.update();
				this.dynamoDb.updateItem((request) -> request.tableName(update.tableName())
					.key(update.key())
					.updateExpression(update.updateExpression())
					.conditionExpression(update.conditionExpression())
					.expressionAttributeValues(update.expressionAttributeValues()));
			}
		}
		catch (ConditionalCheckFailedException ex) {
			throw this.writes.conflict(change);
		}
	}

	@Override
	public void published(String orderId) {
		this.dynamoDb.updateItem((request) -> request.tableName(this.inbox.tableName())
			.key(InboxWrites.key(orderId))
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
			.map(DynamoDbOrderProgress::recorded)
			.toList();
	}

	private static Recorded recorded(InboxItem item) {
		return new Recorded(item.getOrderId(), State.valueOf(item.getOutcome()), orEmpty(item.getPendingEvents()),
				Instant.parse(item.getRecordedAt()), (item.getPartsApplied() != null) ? item.getPartsApplied() : 0,
				orEmpty(item.getPendingAlerts()), item.getRejection());
	}

	private static List<String> orEmpty(List<String> list) {
		return (list != null) ? list : List.of();
	}

}
