package io.storesphere.cart.shopping.persistence;

import java.time.Instant;
import java.util.List;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * A cart as stored in {@code <env>-cart-carts}: the lines as a list of maps, the version
 * every write is conditional on, and the TTL attribute.
 */
@DynamoDbBean
// Public with a public constructor: the Enhanced Client's bean schema requires it.
public class CartItem {

	private String userId;

	private Long version;

	private List<LineItem> lines;

	private Instant updatedAt;

	private Long expiresAt;

	@DynamoDbPartitionKey
	public String getUserId() {
		return this.userId;
	}

	public void setUserId(String userId) {
		this.userId = userId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<LineItem> getLines() {
		return this.lines;
	}

	public void setLines(List<LineItem> lines) {
		this.lines = lines;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	/** Epoch seconds after which DynamoDB deletes the cart. */
	public Long getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(Long expiresAt) {
		this.expiresAt = expiresAt;
	}

}
