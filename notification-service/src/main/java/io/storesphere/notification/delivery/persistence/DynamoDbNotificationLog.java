package io.storesphere.notification.delivery.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.storesphere.notification.NotificationProperties;
import io.storesphere.notification.delivery.DeliveryStatus;
import io.storesphere.notification.delivery.Notification;
import io.storesphere.notification.delivery.NotificationLog;
import io.storesphere.notification.delivery.StockAlert;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.stereotype.Component;

/**
 * The notification log in DynamoDB, partitioned by channel ({@code EMAIL}, {@code ALERT})
 * and sorted by time, so the newest are one query away. Entries expire (TTL) after
 * {@code keep-for}.
 */
@Component
class DynamoDbNotificationLog implements NotificationLog {

	private final DynamoDbClient dynamoDb;

	private final String table;

	private final Duration keepFor;

	DynamoDbNotificationLog(DynamoDbClient dynamoDb, NotificationProperties properties) {
		this.dynamoDb = dynamoDb;
		this.table = properties.logTable();
		this.keepFor = properties.keepFor();
	}

	@Override
	public void record(Notification notification, DeliveryStatus status, Instant at) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put("kind", AttributeValue.fromS(channel(notification.kind().isEmail())));
		item.put("sentAt", AttributeValue.fromS(at + "#" + notification.eventId()));
		item.put("type", AttributeValue.fromS(notification.kind().name()));
		item.put("eventType", AttributeValue.fromS(notification.eventType()));
		item.put("recipient", AttributeValue.fromS(notification.recipient()));
		item.put("subject", AttributeValue.fromS(notification.subject()));
		item.put("status", AttributeValue.fromS(status.name()));
		item.put("expiresAt", AttributeValue.fromN(String.valueOf(at.plus(this.keepFor).getEpochSecond())));
		StockAlert alert = notification.alert();
		if (alert != null) {
			item.put("productId", AttributeValue.fromS(alert.productId()));
			item.put("productName", AttributeValue.fromS(alert.productName()));
			item.put("stock", AttributeValue.fromN(String.valueOf(alert.stock())));
			item.put("threshold", AttributeValue.fromN(String.valueOf(alert.threshold())));
			item.put("alertKind", AttributeValue.fromS(alert.alertKind().name()));
		}
		this.dynamoDb.putItem((request) -> request.tableName(this.table).item(item));
	}

	@Override
	public List<Entry> recent(boolean emails, int limit) {
		return this.dynamoDb
			.query((request) -> request.tableName(this.table)
				.keyConditionExpression("kind = :kind")
				.expressionAttributeValues(Map.of(":kind", AttributeValue.fromS(channel(emails))))
				.scanIndexForward(false)
				.limit(limit))
			.items()
			.stream()
			.map(DynamoDbNotificationLog::entry)
			.toList();
	}

	/** An entry; alerts logged before their details were kept have none. */
	private static Entry entry(Map<String, AttributeValue> item) {
		return new Entry(item.get("type").s(), item.get("recipient").s(), item.get("subject").s(),
				item.get("status").s(), Instant.parse(item.get("sentAt").s().split("#")[0]), text(item, "productId"),
				text(item, "productName"), number(item, "stock"), number(item, "threshold"), text(item, "alertKind"));
	}

	private static String text(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return (value != null) ? value.s() : null;
	}

	private static Integer number(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return (value != null) ? Integer.valueOf(value.n()) : null;
	}

	private static String channel(boolean email) {
		return email ? "EMAIL" : "ALERT";
	}

}
