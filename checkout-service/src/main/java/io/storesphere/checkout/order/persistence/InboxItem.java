package io.storesphere.checkout.order.persistence;

import java.time.Duration;
import java.time.Instant;

import io.storesphere.events.EventEnvelope;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** An event checkout has handled, in {@code <env>-checkout-inbox}. */
@DynamoDbBean
public class InboxItem {

	private String eventId;

	private String eventType;

	private String processedAt;

	private Long expiresAt;

	/** The record of an event handled {@code at}, kept for {@code keepFor}. */
	static InboxItem handled(EventEnvelope<?> event, Instant at, Duration keepFor) {
		InboxItem item = new InboxItem();
		item.setEventId(event.eventId().toString());
		item.setEventType(event.eventType());
		item.setProcessedAt(Timestamps.format(at));
		item.setExpiresAt(at.plus(keepFor).getEpochSecond());
		return item;
	}

	@DynamoDbPartitionKey
	public String getEventId() {
		return this.eventId;
	}

	public void setEventId(String eventId) {
		this.eventId = eventId;
	}

	public String getEventType() {
		return this.eventType;
	}

	public void setEventType(String eventType) {
		this.eventType = eventType;
	}

	public String getProcessedAt() {
		return this.processedAt;
	}

	public void setProcessedAt(String processedAt) {
		this.processedAt = processedAt;
	}

	/** Epoch seconds: the table's TTL attribute. */
	public Long getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(Long expiresAt) {
		this.expiresAt = expiresAt;
	}

}
