package io.storesphere.checkout.idempotency.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.idempotency.IdempotencyKey;
import io.storesphere.checkout.idempotency.IdempotencyKeys;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.DeleteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.stereotype.Component;

/**
 * Idempotency keys in DynamoDB. A claim is a conditional put: it succeeds when the key is
 * new, expired (TTL deletes lazily), or left IN_PROGRESS past its lease by a checkout
 * that died. So of two simultaneous requests with one key exactly one claims it.
 */
@Component
class DynamoIdempotencyKeys implements IdempotencyKeys {

	private static final int ATTEMPTS = 3;

	private final DynamoDbTable<IdempotencyKeyItem> keys;

	private final Duration keepFor;

	private final Duration lease;

	DynamoIdempotencyKeys(DynamoDbEnhancedClient dynamoDb, CheckoutProperties properties) {
		this.keys = IdempotencyKeyTable.of(dynamoDb, properties);
		this.keepFor = properties.idempotency().keepFor();
		this.lease = properties.idempotency().lease();
	}

	@Override
	public Optional<KeyRecord> claim(IdempotencyKey key, String fingerprint, String orderId, Instant now) {
		IdempotencyKeyItem item = new IdempotencyKeyItem();
		item.setIdempotencyKey(key.value());
		item.setFingerprint(fingerprint);
		item.setOrderId(orderId);
		item.setStatus(IdempotencyKeyItem.IN_PROGRESS);
		item.setClaimedAt(now.toEpochMilli());
		item.setExpiresAt(now.plus(this.keepFor).getEpochSecond());
		for (int attempt = 1;; attempt++) {
			try {
				this.keys.putItem(PutItemEnhancedRequest.builder(IdempotencyKeyItem.class)
					.item(item)
					.conditionExpression(Expression.builder()
						.expression("attribute_not_exists(idempotencyKey) OR expiresAt < :nowSeconds"
								+ " OR (#status = :inProgress AND claimedAt < :stale)")
						.putExpressionName("#status", "status")
						.putExpressionValue(":nowSeconds", AttributeValue.fromN(String.valueOf(now.getEpochSecond())))
						.putExpressionValue(":inProgress", AttributeValue.fromS(IdempotencyKeyItem.IN_PROGRESS))
						.putExpressionValue(":stale",
								AttributeValue.fromN(String.valueOf(now.minus(this.lease).toEpochMilli())))
						.build())
					.build());
				return Optional.empty();
			}
			catch (ConditionalCheckFailedException held) {
				IdempotencyKeyItem holder = this.keys.getItem(GetItemEnhancedRequest.builder()
					.key(Key.builder().partitionValue(key.value()).build())
					.consistentRead(true)
					.build());
				if (holder != null) {
					return Optional.of(new KeyRecord(key, holder.getFingerprint(), holder.getOrderId(),
							IdempotencyKeyItem.COMPLETED.equals(holder.getStatus()),
							Instant.ofEpochMilli(holder.getClaimedAt())));
				}
				if (attempt == ATTEMPTS) {
					throw held;
				}
				// released in between: claim again
			}
		}
	}

	@Override
	public void release(IdempotencyKey key, String orderId) {
		try {
			this.keys.deleteItem(DeleteItemEnhancedRequest.builder()
				.key(Key.builder().partitionValue(key.value()).build())
				.conditionExpression(IdempotencyKeyTable.claimedFor(orderId))
				.build());
		}
		catch (ConditionalCheckFailedException notOurs) {
			// completed, or taken over by another checkout: not ours to give back
		}
	}

}
