package io.storesphere.checkout.idempotency.persistence;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * An idempotency key in {@code <env>-checkout-idempotency-keys}: {@code <userId>#<key>},
 * the request's fingerprint, the order it creates, IN_PROGRESS or COMPLETED, and when
 * DynamoDB may forget it.
 */
@DynamoDbBean
public class IdempotencyKeyItem {

	/** Claimed by a checkout that has not stored its order yet. */
	static final String IN_PROGRESS = "IN_PROGRESS";

	/** Its order was stored. */
	static final String COMPLETED = "COMPLETED";

	private String idempotencyKey;

	private String fingerprint;

	private String orderId;

	private String status;

	private Long claimedAt;

	private Long expiresAt;

	@DynamoDbPartitionKey
	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	public String getFingerprint() {
		return this.fingerprint;
	}

	public void setFingerprint(String fingerprint) {
		this.fingerprint = fingerprint;
	}

	public String getOrderId() {
		return this.orderId;
	}

	public void setOrderId(String orderId) {
		this.orderId = orderId;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	/** Epoch milliseconds. */
	public Long getClaimedAt() {
		return this.claimedAt;
	}

	public void setClaimedAt(Long claimedAt) {
		this.claimedAt = claimedAt;
	}

	/** Epoch seconds: the table's TTL attribute. */
	public Long getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(Long expiresAt) {
		this.expiresAt = expiresAt;
	}

}
