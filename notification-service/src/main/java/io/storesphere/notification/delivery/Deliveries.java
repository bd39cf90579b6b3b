package io.storesphere.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.storesphere.notification.NotificationProperties;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.stereotype.Component;

/**
 * Makes each notification happen once per event, whatever SQS redelivers. Before sending,
 * a consumer claims {@code <eventId>#<kind>} with a conditional put; after sending it
 * marks the claim SENT. A redelivery finds SENT (or REJECTED) and does nothing. A claim
 * left SENDING by a consumer that died may be taken over after a lease, which is the one
 * window in which a notification could go out twice.
 */
@Component
public class Deliveries {

	static final Duration LEASE = Duration.ofMinutes(2);

	private final DynamoDbClient dynamoDb;

	private final NotificationLog log;

	private final NotificationProperties properties;

	private final Clock clock;

	Deliveries(DynamoDbClient dynamoDb, NotificationLog log, NotificationProperties properties, Clock clock) {
		this.dynamoDb = dynamoDb;
		this.log = log;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends once: runs {@code send} unless this event's notification of this kind went
	 * out (or was rejected) before, and records the outcome.
	 * @param send performs the send and returns the provider's message id
	 * @throws DeliveryFailure when a transient failure leaves the notification to a later
	 * attempt
	 * @throws InProgress when another consumer is sending it right now
	 */
	public void once(String eventId, String eventType, Kind kind, String recipient, String subject,
			Supplier<String> send) {
		String key = eventId + "#" + kind;
		if (!claim(key)) {
			String status = status(key);
			if ("SENT".equals(status) || "REJECTED".equals(status)) {
				return;
			}
			throw new InProgress(key);
		}
		String messageId;
		try {
			messageId = send.get();
		}
		catch (DeliveryFailure failure) {
			if (failure.isPermanent()) {
				finish(key, "REJECTED", failure.getMessage());
				this.log.record(kind, eventId, eventType, recipient, subject, "REJECTED");
				return;
			}
			release(key);
			throw failure;
		}
		catch (RuntimeException unexpected) {
			// Nothing was sent: give the claim back so a retry need not wait for the
			// lease.
			release(key);
			throw unexpected;
		}
		// Sent: from here on the claim is kept even if recording fails, so a retry cannot
		// send again
		// before the lease ends.
		finish(key, "SENT", messageId);
		this.log.record(kind, eventId, eventType, recipient, subject, "SENT");
	}

	private boolean claim(String key) {
		Instant now = this.clock.instant();
		Map<String, AttributeValue> item = new HashMap<>();
		item.put("dedupeKey", AttributeValue.fromS(key));
		item.put("status", AttributeValue.fromS("SENDING"));
		item.put("claimedAt", AttributeValue.fromN(String.valueOf(now.toEpochMilli())));
		item.put("expiresAt",
				AttributeValue.fromN(String.valueOf(now.plus(this.properties.keepFor()).getEpochSecond())));
		try {
			this.dynamoDb.putItem((request) -> request.tableName(this.properties.dedupeTable())
				.item(item)
				.conditionExpression("attribute_not_exists(dedupeKey) OR (#status = :sending AND claimedAt < :stale)")
				.expressionAttributeNames(Map.of("#status", "status"))
				.expressionAttributeValues(Map.of(":sending", AttributeValue.fromS("SENDING"), ":stale",
						AttributeValue.fromN(String.valueOf(now.minus(LEASE).toEpochMilli())))));
			return true;
		}
		catch (ConditionalCheckFailedException taken) {
			return false;
		}
	}

	private String status(String key) {
		AttributeValue status = this.dynamoDb
			.getItem((request) -> request.tableName(this.properties.dedupeTable())
				.key(Map.of("dedupeKey", AttributeValue.fromS(key)))
				.consistentRead(true))
			.item()
			.get("status");
		return (status != null) ? status.s() : null;
	}

	private void finish(String key, String status, String detail) {
		this.dynamoDb.updateItem((request) -> request.tableName(this.properties.dedupeTable())
			.key(Map.of("dedupeKey", AttributeValue.fromS(key)))
			.updateExpression("SET #status = :status, detail = :detail")
			.expressionAttributeNames(Map.of("#status", "status"))
			.expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status), ":detail",
					AttributeValue.fromS((detail != null) ? detail : ""))));
	}

	/**
	 * Gives the claim back after a transient failure, so the retry can take it at once.
	 */
	private void release(String key) {
		this.dynamoDb.deleteItem((request) -> request.tableName(this.properties.dedupeTable())
			.key(Map.of("dedupeKey", AttributeValue.fromS(key)))
			.conditionExpression("#status = :sending")
			.expressionAttributeNames(Map.of("#status", "status"))
			.expressionAttributeValues(Map.of(":sending", AttributeValue.fromS("SENDING"))));
	}

	/** The kinds of notification, each sent at most once per event. */
	public enum Kind {

		RECEIPT, CANCELLATION, LOW_STOCK_ALERT;

		boolean isEmail() {
			return this != LOW_STOCK_ALERT;
		}

	}

	/** Another consumer holds the claim; the message is left for a later attempt. */
	public static class InProgress extends RuntimeException {

		InProgress(String key) {
			super("Notification " + key + " is being sent by another consumer");
		}

	}

}
