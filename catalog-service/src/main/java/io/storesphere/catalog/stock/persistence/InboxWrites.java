package io.storesphere.catalog.stock.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.stock.OrderProgress.AlreadyRecordedException;
import io.storesphere.catalog.stock.OrderProgress.Change;
import io.storesphere.catalog.stock.OrderProgress.Decided;
import io.storesphere.catalog.stock.OrderProgress.LargeOrderFinished;
import io.storesphere.catalog.stock.OrderProgress.LargeOrderStarted;
import io.storesphere.catalog.stock.OrderProgress.PartApplied;
import io.storesphere.catalog.stock.OrderProgress.PartGivenBack;
import io.storesphere.catalog.stock.OrderProgress.ProgressMovedException;
import io.storesphere.catalog.stock.OrderProgress.State;
import io.storesphere.catalog.stock.OrderProgress.UndoStarted;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import org.springframework.stereotype.Component;

/**
 * Each change to an order's {@code catalog-inbox} item as one conditional write, shared
 * by the two adapters: the stock adapter puts it in the transaction that moves stock, the
 * progress adapter writes it alone. The condition is what keeps two deliveries of one
 * order from both acting.
 */
@Component
class InboxWrites {

	private final DynamoDbTable<InboxItem> inbox;

	private final Duration keepFor;

	InboxWrites(DynamoDbEnhancedClient enhanced, CatalogProperties properties) {
		this.inbox = enhanced.table(properties.inboxTable(), TableSchema.fromBean(InboxItem.class));
		this.keepFor = properties.stock().keepOutcomesFor();
	}

	DynamoDbTable<InboxItem> table() {
		return this.inbox;
	}

	TransactWriteItem write(Change change) {
		if (change instanceof Decided decided) {
			InboxItem item = item(decided.orderId(), decided.sourceEventId(),
					decided.committed() ? State.COMMITTED : State.REJECTED, decided.at());
			if (!decided.events().isEmpty()) {
				item.setPendingEvents(List.copyOf(decided.events()));
				item.setPendingPublication(InboxItem.PENDING);
			}
			return create(item);
		}
		if (change instanceof LargeOrderStarted started) {
			InboxItem item = item(started.orderId(), started.sourceEventId(), State.APPLYING, started.at());
			item.setPartsApplied(0);
			return create(item);
		}
		if (change instanceof PartApplied applied) {
			return update(applied.orderId(),
					"SET partsApplied = :next, pendingAlerts = list_append(if_not_exists(pendingAlerts, :none), :alerts)",
					"outcome = :applying AND partsApplied = :part",
					Map.of(":next", number(applied.part() + 1), ":part", number(applied.part()), ":none",
							AttributeValue.fromL(List.of()), ":alerts", strings(applied.alerts()), ":applying",
							state(State.APPLYING)));
		}
		if (change instanceof UndoStarted undo) {
			return update(undo.orderId(), "SET outcome = :undoing, rejection = :rejection",
					"outcome = :applying AND partsApplied = :parts",
					Map.of(":undoing", state(State.UNDOING), ":rejection", AttributeValue.fromS(undo.rejection()),
							":applying", state(State.APPLYING), ":parts", number(undo.partsApplied())));
		}
		if (change instanceof PartGivenBack givenBack) {
			return update(givenBack.orderId(), "SET partsApplied = :part",
					"outcome = :undoing AND partsApplied = :applied", Map.of(":part", number(givenBack.part()),
							":applied", number(givenBack.part() + 1), ":undoing", state(State.UNDOING)));
		}
		LargeOrderFinished finished = (LargeOrderFinished) change;
		return update(finished.orderId(),
				"SET outcome = :outcome, pendingEvents = :events, pendingPublication = :pending "
						+ "REMOVE pendingAlerts, rejection",
				"outcome IN (:applying, :undoing)",
				Map.of(":outcome", state(finished.committed() ? State.COMMITTED : State.REJECTED), ":events",
						strings(finished.events()), ":pending", AttributeValue.fromS(InboxItem.PENDING), ":applying",
						state(State.APPLYING), ":undoing", state(State.UNDOING)));
	}

	/** What it means when {@code change}'s condition fails. */
	RuntimeException conflict(Change change) {
		if (change instanceof Decided || change instanceof LargeOrderStarted) {
			return new AlreadyRecordedException(change.orderId());
		}
		return new ProgressMovedException(change.orderId());
	}

	static Map<String, AttributeValue> key(String orderId) {
		return Map.of("eventId", AttributeValue.fromS(InboxItem.keyOf(orderId)));
	}

	static AttributeValue number(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

	private InboxItem item(String orderId, String sourceEventId, State state, Instant at) {
		InboxItem item = new InboxItem();
		item.setEventId(InboxItem.keyOf(orderId));
		item.setOrderId(orderId);
		item.setSourceEventId(sourceEventId);
		item.setOutcome(state.name());
		item.setRecordedAt(at.toString());
		item.setExpiresAt(at.plus(this.keepFor).getEpochSecond());
		return item;
	}

	/** The first write of an order: only if it is not recorded yet. */
	private TransactWriteItem create(InboxItem item) {
		return TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(this.inbox.tableName())
				.item(this.inbox.tableSchema().itemToMap(item, true))
				.conditionExpression("attribute_not_exists(eventId)")
				.build())
			.build();
	}

	private TransactWriteItem update(String orderId, String updateExpression, String condition,
			Map<String, AttributeValue> values) {
		return TransactWriteItem.builder()
			.update(Update.builder()
				.tableName(this.inbox.tableName())
				.key(key(orderId))
				.updateExpression(updateExpression)
				.conditionExpression(condition)
				.expressionAttributeValues(values)
				.build())
			.build();
	}

	private static AttributeValue state(State state) {
		return AttributeValue.fromS(state.name());
	}

	private static AttributeValue strings(List<String> values) {
		return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
	}

}
