package io.storesphere.checkout.idempotency.persistence;

import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.idempotency.IdempotencyKey;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactUpdateItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code <env>-checkout-idempotency-keys} table, and the write that completes a key.
 * The order store completes the key inside the transaction that writes the order, so it
 * needs the table and that write; everything else about keys stays in
 * {@link DynamoIdempotencyKeys}.
 */
public final class IdempotencyKeyTable {

	private static final TableSchema<IdempotencyKeyItem> SCHEMA = TableSchema.fromBean(IdempotencyKeyItem.class);

	private IdempotencyKeyTable() {
	}

	public static DynamoDbTable<IdempotencyKeyItem> of(DynamoDbEnhancedClient dynamoDb, CheckoutProperties properties) {
		return dynamoDb.table(properties.tables().idempotencyKeys(), SCHEMA);
	}

	/**
	 * For a transaction: marks the key COMPLETED, on the condition that it is still
	 * claimed by the checkout creating {@code orderId}. Its failure means another
	 * checkout took the key over.
	 */
	public static TransactUpdateItemEnhancedRequest<IdempotencyKeyItem> completion(IdempotencyKey key, String orderId) {
		IdempotencyKeyItem completed = new IdempotencyKeyItem();
		completed.setIdempotencyKey(key.value());
		completed.setStatus(IdempotencyKeyItem.COMPLETED);
		return TransactUpdateItemEnhancedRequest.builder(IdempotencyKeyItem.class)
			.item(completed)
			.ignoreNulls(true)
			.conditionExpression(claimedFor(orderId))
			.build();
	}

	/**
	 * The condition that a key is still claimed by the checkout creating {@code orderId}.
	 */
	static Expression claimedFor(String orderId) {
		return Expression.builder()
			.expression("#status = :inProgress AND orderId = :orderId")
			.putExpressionName("#status", "status")
			.putExpressionValue(":inProgress", AttributeValue.fromS(IdempotencyKeyItem.IN_PROGRESS))
			.putExpressionValue(":orderId", AttributeValue.fromS(orderId))
			.build();
	}

}
