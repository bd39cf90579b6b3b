package io.storesphere.checkout.idempotency;

import java.util.Objects;

/**
 * A client's {@code Idempotency-Key}, scoped to the customer who sent it: two customers
 * may use the same key without meeting.
 *
 * @param userId the customer, the token subject
 * @param clientKey the header's value
 */
public record IdempotencyKey(String userId, String clientKey) {

	private static final String SEPARATOR = "#";

	public IdempotencyKey {
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(clientKey, "clientKey");
	}

	/**
	 * The key as stored, {@code <userId>#<clientKey>}; the format of every key written so
	 * far, so it must not change.
	 */
	public String value() {
		return this.userId + SEPARATOR + this.clientKey;
	}

}
