package io.storesphere.catalog.stock.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.stock.OrderProgress.Change;
import io.storesphere.catalog.stock.StockDeduction.Committed;
import io.storesphere.catalog.stock.StockDeduction.Deducted;
import io.storesphere.catalog.stock.StockDeduction.Level;
import io.storesphere.catalog.stock.StockLevels;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import org.springframework.stereotype.Component;

import static io.storesphere.catalog.stock.persistence.InboxWrites.number;

/**
 * Stock in {@code catalog-products}, read consistently; every change is one
 * {@code TransactWriteItems} with the order's inbox write last. A deduction is
 * conditional on the version each product was read at and on {@code stock >= quantity}; a
 * give-back is an atomic {@code ADD}.
 */
@Component
class DynamoDbStockLevels implements StockLevels {

	private static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";

	private static final int MAX_KEYS_PER_BATCH_GET = 100;

	private final DynamoDbClient dynamoDb;

	private final InboxWrites inbox;

	private final String productsTable;

	DynamoDbStockLevels(DynamoDbClient dynamoDb, InboxWrites inbox, CatalogProperties properties) {
		this.dynamoDb = dynamoDb;
		this.inbox = inbox;
		this.productsTable = properties.productsTable();
	}

	@Override
	public Map<String, Level> levels(Collection<String> productIds) {
		Map<String, Level> levels = new LinkedHashMap<>();
		List<String> ids = List.copyOf(productIds);
		for (int from = 0; from < ids.size(); from += MAX_KEYS_PER_BATCH_GET) {
			List<Map<String, AttributeValue>> keys = ids
				.subList(from, Math.min(ids.size(), from + MAX_KEYS_PER_BATCH_GET))
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
	public void deduct(Committed decision, Change change, Instant now) {
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
		transact(writes, change);
	}

	@Override
	public void giveBack(Map<String, Integer> quantities, Change change, Instant now) {
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
		transact(writes, change);
	}

	/**
	 * Runs the stock writes with the inbox write last; that one failing its condition
	 * means another delivery got there first, any other failure that a product changed.
	 */
	private void transact(List<TransactWriteItem> stockWrites, Change change) {
		List<TransactWriteItem> writes = new ArrayList<>(stockWrites);
		writes.add(this.inbox.write(change));
		try {
			this.dynamoDb.transactWriteItems((request) -> request.transactItems(writes));
		}
		catch (TransactionCanceledException ex) {
			List<CancellationReason> reasons = ex.cancellationReasons();
			if (reasons.size() == writes.size()
					&& CONDITIONAL_CHECK_FAILED.equals(reasons.get(reasons.size() - 1).code())) {
				throw this.inbox.conflict(change);
			}
			throw new ProductsChangedException("Order " + change.orderId() + " conflicted: " + ex.getMessage());
		}
	}

	private static Level level(Map<String, AttributeValue> item) {
		return new Level(item.get("productId").s(), item.get("name").s(), Integer.parseInt(item.get("stock").n()),
				Integer.parseInt(item.get("threshold").n()), Long.parseLong(item.get("version").n()));
	}

}
