package io.storesphere.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.storesphere.notification.NotificationProperties;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.stereotype.Component;

/**
 * Recent notifications for the admin UI: who, what, when, status; never a body.
 * Partitioned by channel ({@code EMAIL}, {@code ALERT}) and sorted by time, so the newest
 * are one query away.
 */
@Component
public class NotificationLog {

	private final DynamoDbClient dynamoDb;

	private final NotificationProperties properties;

	private final Clock clock;

	NotificationLog(DynamoDbClient dynamoDb, NotificationProperties properties, Clock clock) {
		this.dynamoDb = dynamoDb;
		this.properties = properties;
		this.clock = clock;
	}

	void record(Deliveries.Kind kind, String eventId, String eventType, String recipient, String subject,
			String status) {
		Instant now = this.clock.instant();
		this.dynamoDb.putItem((request) -> request.tableName(this.properties.logTable())
			.item(Map.of("kind", AttributeValue.fromS(channel(kind.isEmail())), "sentAt",
					AttributeValue.fromS(now + "#" + eventId), "type", AttributeValue.fromS(kind.name()), "eventType",
					AttributeValue.fromS(eventType), "recipient", AttributeValue.fromS(recipient), "subject",
					AttributeValue.fromS(subject), "status", AttributeValue.fromS(status), "expiresAt",
					AttributeValue.fromN(String.valueOf(now.plus(this.properties.keepFor()).getEpochSecond())))));
	}

	/** The newest entries of one channel first. */
	public List<Entry> recent(boolean emails, int limit) {
		return this.dynamoDb
			.query((request) -> request.tableName(this.properties.logTable())
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

	/** One notification as the admin UI lists it. */
	public record Entry(String type, String recipient, String subject, String status, Instant at) {

	}

}
