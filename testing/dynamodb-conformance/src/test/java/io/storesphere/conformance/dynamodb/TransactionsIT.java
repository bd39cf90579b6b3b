package io.storesphere.conformance.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code TransactWriteItems} as catalog (stock deduction with an inbox item), checkout
 * (order with its idempotency key) and cart use it: all or nothing, cancellation reasons
 * in request order, serialised against concurrent transactions and single-item writes,
 * and AWS's limits.
 */
class TransactionsIT extends ConformanceSupport {

	private String products;

	private String inbox;

	@BeforeAll
	void createTables() {
		this.products = createKeyedTable("products");
		this.inbox = createKeyedTable("inbox");
	}

	@Test
	void everyWriteAppliesTogether() {
		String a = product(5);
		String b = product(5);
		String gone = product(1);
		String event = newId();

		this.dynamoDb.transactWriteItems((request) -> request.transactItems(recordOnce(event), take(a, 2), take(b, 5),
				TransactWriteItem.builder()
					.delete((delete) -> delete.tableName(this.products).key(key(gone)))
					.build()));

		assertThat(stock(a)).isEqualTo(3);
		assertThat(stock(b)).isZero();
		assertThat(exists(this.products, gone)).isFalse();
		assertThat(exists(this.inbox, event)).isTrue();
	}

	@Test
	void oneFailedConditionCancelsEveryWriteWithOneReasonPerItemInRequestOrder() {
		String enough = product(5);
		String tooFew = product(1);
		String event = newId();

		TransactionCanceledException cancelled = catchThrowableOfType(TransactionCanceledException.class,
				() -> this.dynamoDb.transactWriteItems(
						(request) -> request.transactItems(recordOnce(event), take(enough, 2), take(tooFew, 3))));

		assertThat(cancelled.cancellationReasons()).extracting(CancellationReason::code)
			.containsExactly("None", "None", "ConditionalCheckFailed");
		assertThat(cancelled.cancellationReasons().get(2).message()).isEqualTo("The conditional request failed");
		assertThat(stock(enough)).isEqualTo(5);
		assertThat(stock(tooFew)).isEqualTo(1);
		assertThat(exists(this.inbox, event)).isFalse();
	}

	@Test
	void aFailedConditionCanReturnTheItemAsItWas() {
		String tooFew = product(1);
		TransactWriteItem takeThree = TransactWriteItem.builder()
			.update(take(tooFew, 3).update()
				.toBuilder()
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
				.build())
			.build();

		TransactionCanceledException cancelled = catchThrowableOfType(TransactionCanceledException.class,
				() -> this.dynamoDb.transactWriteItems((request) -> request.transactItems(takeThree)));

		assertThat(cancelled.cancellationReasons().get(0).item()).containsEntry("stock", n(1))
			.containsEntry("pk", s(tooFew));
	}

	@Test
	void aConditionCheckGuardsTheTransactionWithoutWritingItsItem() {
		String guarded = product(0);
		String other = product(5);

		TransactionCanceledException cancelled = catchThrowableOfType(TransactionCanceledException.class,
				() -> this.dynamoDb
					.transactWriteItems((request) -> request.transactItems(inStock(guarded), take(other, 1))));
		assertThat(cancelled.cancellationReasons()).extracting(CancellationReason::code)
			.containsExactly("ConditionalCheckFailed", "None");
		assertThat(stock(other)).isEqualTo(5);

		String stocked = product(1);
		this.dynamoDb.transactWriteItems((request) -> request.transactItems(inStock(stocked), take(other, 1)));
		assertThat(stock(stocked)).isEqualTo(1);
		assertThat(stock(other)).isEqualTo(4);
	}

	@Test
	void buyersRacingForTheLastUnitsSellExactlyTheStockAndNeverBelowZero() throws Exception {
		String product = product(3);
		int buyers = 24;
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<Future<Boolean>> sales = new ArrayList<>();
			for (int i = 0; i < buyers; i++) {
				sales.add(pool.submit(() -> buy(product)));
			}
			int sold = 0;
			for (Future<Boolean> sale : sales) {
				sold += sale.get() ? 1 : 0;
			}
			assertThat(sold).isEqualTo(3);
			assertThat(stock(product)).isZero();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void transactionsAndSingleItemWritesOnTheSameItemSerialise() throws Exception {
		String product = product(0);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> writes = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				writes.add(pool.submit(() -> retryOnConflict(() -> this.dynamoDb.transactWriteItems(
						(request) -> request.transactItems(recordOnce(newId()), restock(product, 1))))));
				writes.add(pool.submit(() -> this.dynamoDb.updateItem((request) -> request.tableName(this.products)
					.key(key(product))
					.updateExpression("ADD #stock :one")
					.expressionAttributeNames(Map.of("#stock", "stock"))
					.expressionAttributeValues(Map.of(":one", n(1))))));
			}
			for (Future<?> write : writes) {
				write.get();
			}
			assertThat(stock(product)).isEqualTo(200);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRetryWithTheSameClientRequestTokenAppliesOnce() {
		String product = product(0);
		String token = UUID.randomUUID().toString();

		for (int attempt = 0; attempt < 2; attempt++) {
			this.dynamoDb
				.transactWriteItems((request) -> request.clientRequestToken(token).transactItems(restock(product, 1)));
		}
		assertThat(stock(product)).isEqualTo(1);

		assertThatExceptionOfType(IdempotentParameterMismatchException.class).isThrownBy(() -> this.dynamoDb
			.transactWriteItems((request) -> request.clientRequestToken(token).transactItems(restock(product, 2))));
		assertThat(stock(product)).isEqualTo(1);
	}

	@Test
	void moreThanOneHundredItemsAreRefused() {
		List<TransactWriteItem> items = IntStream.range(0, 101).mapToObj((i) -> recordOnce(newId())).toList();

		DynamoDbException refused = catchThrowableOfType(DynamoDbException.class,
				() -> this.dynamoDb.transactWriteItems((request) -> request.transactItems(items)));

		assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(exists(this.inbox, items.get(0).put().item().get("pk").s())).isFalse();
	}

	@Test
	void oneHundredItemsAreOneTransaction() {
		List<TransactWriteItem> items = IntStream.range(0, 100).mapToObj((i) -> recordOnce(newId())).toList();

		this.dynamoDb.transactWriteItems((request) -> request.transactItems(items));

		assertThat(exists(this.inbox, items.get(99).put().item().get("pk").s())).isTrue();
	}

	@Test
	void twoOperationsOnOneItemAreRefused() {
		String product = product(5);

		DynamoDbException refused = catchThrowableOfType(DynamoDbException.class, () -> this.dynamoDb
			.transactWriteItems((request) -> request.transactItems(take(product, 1), restock(product, 1))));

		assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
		assertThat(refused.awsErrorDetails().errorMessage()).contains("multiple operations on one item");
		assertThat(stock(product)).isEqualTo(5);
	}

	@Test
	void aTransactionalReadReturnsEveryItemInRequestOrder() {
		String a = product(4);
		String missing = newId();

		List<ItemResponse> responses = this.dynamoDb.transactGetItems((request) -> request.transactItems(
				(item) -> item.get((get) -> get.tableName(this.products).key(key(missing))),
				(item) -> item.get((get) -> get.tableName(this.products).key(key(a)))))
			.responses();

		assertThat(responses.get(0).hasItem()).isFalse();
		assertThat(responses.get(1).item()).containsEntry("stock", n(4));
	}

	/** One order of one unit: the deduction and its inbox item, retried on a conflict. */
	private boolean buy(String product) {
		String order = newId();
		try {
			retryOnConflict(() -> this.dynamoDb
				.transactWriteItems((request) -> request.transactItems(recordOnce(order), take(product, 1))));
			return true;
		}
		catch (TransactionCanceledException soldOut) {
			return false;
		}
	}

	/**
	 * AWS cancels a transaction that meets another on the same item; the services retry.
	 */
	private static void retryOnConflict(Runnable transaction) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction.run();
				return;
			}
			catch (TransactionCanceledException ex) {
				boolean conflict = ex.cancellationReasons()
					.stream()
					.anyMatch((reason) -> "TransactionConflict".equals(reason.code()));
				if (!conflict || attempt == 20) {
					throw ex;
				}
				sleep(attempt * 20L);
			}
		}
	}

	private String product(int stock) {
		String id = newId();
		this.dynamoDb
			.putItem((request) -> request.tableName(this.products).item(Map.of("pk", s(id), "stock", n(stock))));
		return id;
	}

	private TransactWriteItem take(String product, int quantity) {
		return TransactWriteItem.builder()
			.update((update) -> update.tableName(this.products)
				.key(key(product))
				.updateExpression("SET #stock = #stock - :quantity")
				.conditionExpression("#stock >= :quantity")
				.expressionAttributeNames(Map.of("#stock", "stock"))
				.expressionAttributeValues(Map.of(":quantity", n(quantity))))
			.build();
	}

	private TransactWriteItem restock(String product, int quantity) {
		return TransactWriteItem.builder()
			.update((update) -> update.tableName(this.products)
				.key(key(product))
				.updateExpression("ADD #stock :quantity")
				.expressionAttributeNames(Map.of("#stock", "stock"))
				.expressionAttributeValues(Map.of(":quantity", n(quantity))))
			.build();
	}

	private TransactWriteItem inStock(String product) {
		return TransactWriteItem.builder()
			.conditionCheck((check) -> check.tableName(this.products)
				.key(key(product))
				.conditionExpression("#stock > :zero")
				.expressionAttributeNames(Map.of("#stock", "stock"))
				.expressionAttributeValues(Map.of(":zero", n(0))))
			.build();
	}

	private TransactWriteItem recordOnce(String eventId) {
		return TransactWriteItem.builder()
			.put((put) -> put.tableName(this.inbox)
				.item(Map.of("pk", s(eventId)))
				.conditionExpression("attribute_not_exists(pk)"))
			.build();
	}

	private long stock(String product) {
		return Long.parseLong(this.dynamoDb
			.getItem((request) -> request.tableName(this.products).key(key(product)).consistentRead(true))
			.item()
			.get("stock")
			.n());
	}

	private boolean exists(String table, String id) {
		return this.dynamoDb.getItem((request) -> request.tableName(table).key(key(id)).consistentRead(true)).hasItem();
	}

	private static Map<String, AttributeValue> key(String id) {
		return Map.of("pk", s(id));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
