package io.storesphere.checkout.order.persistence;

import java.util.List;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * What the DynamoDB adapters share: the tables' schemas, consistent reads by partition
 * key, and the conditions of their writes.
 */
final class DynamoSupport {

	static final TableSchema<OrderItem> ORDER = OrderItemSchema.ORDER;

	private DynamoSupport() {
	}

	/** The item with this partition key as last written, or null. */
	static <T> T read(DynamoDbTable<T> table, String partitionKey) {
		return table.getItem(GetItemEnhancedRequest.builder()
			.key(Key.builder().partitionValue(partitionKey).build())
			.consistentRead(true)
			.build());
	}

	/** The condition that no item with this key attribute exists yet. */
	static Expression absent(String keyAttribute) {
		return Expression.builder().expression("attribute_not_exists(" + keyAttribute + ")").build();
	}

	/** The condition that the stored item is still at {@code version}. */
	static Expression sameVersion(long version) {
		return Expression.builder()
			.expression("#version = :version")
			.putExpressionName("#version", "version")
			.putExpressionValue(":version", AttributeValue.fromN(String.valueOf(version)))
			.build();
	}

	/**
	 * Whether the transaction was cancelled because the condition of write {@code index}
	 * failed.
	 */
	static boolean failedCondition(TransactionCanceledException ex, int index) {
		List<CancellationReason> reasons = ex.cancellationReasons();
		return reasons != null && reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
	}

}
