package io.storesphere.cart.shopping.persistence;

import java.time.Instant;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** A processed event in {@code <env>-cart-inbox}, kept until its TTL. */
@DynamoDbBean
// Public with a public constructor: the Enhanced Client's bean schema requires it.
public class InboxItem {

	private String eventId;

	private String eventType;

	private Instant processedAt;

	private Long expiresAt;

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

	public Instant getProcessedAt() {
		return this.processedAt;
	}

	public void setProcessedAt(Instant processedAt) {
		this.processedAt = processedAt;
	}

	public Long getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(Long expiresAt) {
		this.expiresAt = expiresAt;
	}

}
