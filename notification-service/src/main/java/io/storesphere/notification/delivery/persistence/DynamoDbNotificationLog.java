package io.storesphere.notification.delivery.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.storesphere.notification.NotificationProperties;
import io.storesphere.notification.delivery.DeliveryStatus;
import io.storesphere.notification.delivery.Notification;
import io.storesphere.notification.delivery.NotificationLog;
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
		this.dynamoDb.putItem((request) -> request.tableName(this.table)
			.item(Map.of("kind", AttributeValue.fromS(channel(notification.kind().isEmail())), "sentAt",
					AttributeValue.fromS(at + "#" + notification.eventId()), "type",
					AttributeValue.fromS(notification.kind().name()), "eventType",
					AttributeValue.fromS(notification.eventType()), "recipient",
					AttributeValue.fromS(notification.recipient()), "subject",
					AttributeValue.fromS(notification.subject()), "status", AttributeValue.fromS(status.name()),
					"expiresAt", AttributeValue.fromN(String.valueOf(at.plus(this.keepFor).getEpochSecond())))));
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
			.map((item) -> new Entry(item.get("type").s(), item.get("recipient").s(), item.get("subject").s(),
					item.get("status").s(), Instant.parse(item.get("sentAt").s().split("#")[0])))
			.toList();
	}

	private static String channel(boolean email) {
		return email ? "EMAIL" : "ALERT";
	}

}
