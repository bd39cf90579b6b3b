package io.storesphere.checkout.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency keys' store. A checkout claims its key before it charges anything; the
 * claim is completed together with the order's write
 * ({@link io.storesphere.checkout.order.Orders#place}), or released when the checkout
 * fails, so the customer may try again with the same key.
 */
public interface IdempotencyKeys {

	/**
	 * Claims a key for a new checkout that will create {@code orderId}. A claim left in
	 * progress for longer than the lease (its checkout died) may be taken over.
	 * @return empty when this call now holds the key; otherwise who holds it
	 */
	Optional<KeyRecord> claim(IdempotencyKey key, String fingerprint, String orderId, Instant now);

	/** Gives a claim back that did not lead to an order; a completed key stays. */
	void release(IdempotencyKey key, String orderId);

	/**
	 * A key someone holds.
	 *
	 * @param fingerprint the request it was used with
	 * @param orderId the order it created or is creating
	 * @param completed whether that order exists
	 */
	record KeyRecord(IdempotencyKey key, String fingerprint, String orderId, boolean completed, Instant claimedAt) {

	}

}
