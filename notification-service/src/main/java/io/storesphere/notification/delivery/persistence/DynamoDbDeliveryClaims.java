package io.storesphere.notification.delivery.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.storesphere.notification.NotificationProperties;
import io.storesphere.notification.delivery.DeliveryClaims;
import io.storesphere.notification.delivery.DeliveryStatus;
import io.storesphere.notification.delivery.Notification;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.stereotype.Component;

/**
 * Claims as items of the dedupe table, one per {@link Notification#key()}
 * ({@code <orderId>#RECEIPT}, {@code <crossing>#LOW_STOCK_ALERT}, ...): a claim is a
 * conditional put, so two consumers never both win it. Items expire (TTL) after
 * {@code keep-for}, long after any redelivery.
 */
@Component
class DynamoDbDeliveryClaims implements DeliveryClaims {

	private final DynamoDbClient dynamoDb;

	private final String table;

	private final Duration keepFor;

	DynamoDbDeliveryClaims(DynamoDbClient dynamoDb, NotificationProperties properties) {
		this.dynamoDb = dynamoDb;
		this.table = properties.dedupeTable();
		this.keepFor = properties.keepFor();
	}

	@Override
	public boolean claim(String key, Instant now, Instant staleBefore) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put("dedupeKey", AttributeValue.fromS(key));
		item.put("status", AttributeValue.fromS(DeliveryStatus.SENDING.name()));
		item.put("claimedAt", AttributeValue.fromN(String.valueOf(now.toEpochMilli())));
		item.put("expiresAt", AttributeValue.fromN(String.valueOf(now.plus(this.keepFor).getEpochSecond())));
		try {
			this.dynamoDb.putItem((request) -> request.tableName(this.table)
				.item(item)
				.conditionExpression("attribute_not_exists(dedupeKey) OR (#status = :sending AND claimedAt < :stale)")
				.expressionAttributeNames(Map.of("#status", "status"))
				.expressionAttributeValues(Map.of(":sending", AttributeValue.fromS(DeliveryStatus.SENDING.name()),
						":stale", AttributeValue.fromN(String.valueOf(staleBefore.toEpochMilli())))));
			return true;
		}
		catch (ConditionalCheckFailedException taken) {
			return false;
		}
	}

	@Override
	public Optional<DeliveryStatus> status(String key) {
		AttributeValue status = this.dynamoDb
			.getItem((request) -> request.tableName(this.table)
				.key(Map.of("dedupeKey", AttributeValue.fromS(key)))
				.consistentRead(true))
			.item()
			.get("status");
		return Optional.ofNullable(status).map((value) -> DeliveryStatus.valueOf(value.s()));
	}

	@Override
	public void finish(String key, DeliveryStatus status, String detail) {
		this.dynamoDb.updateItem((request) -> request.tableName(this.table)
			.key(Map.of("dedupeKey", AttributeValue.fromS(key)))
			.updateExpression("SET #status = :status, detail = :detail")
			.expressionAttributeNames(Map.of("#status", "status"))
			.expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status.name()), ":detail",
					AttributeValue.fromS((detail != null) ? detail : ""))));
	}

	@Override
	public void release(String key) {
		this.dynamoDb.deleteItem((request) -> request.tableName(this.table)
			.key(Map.of("dedupeKey", AttributeValue.fromS(key)))
			.conditionExpression("#status = :sending")
			.expressionAttributeNames(Map.of("#status", "status"))
			.expressionAttributeValues(Map.of(":sending", AttributeValue.fromS(DeliveryStatus.SENDING.name()))));
	}

}
