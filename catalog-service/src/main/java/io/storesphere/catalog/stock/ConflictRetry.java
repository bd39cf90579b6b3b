package io.storesphere.catalog.stock;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Paces retries of a write that lost a race with another order or a restock: jittered
 * exponential backoff, so racing deliveries spread out instead of colliding again, and a
 * limit, after which the message is left for the queue to deliver again.
 */
final class ConflictRetry {

	private static final long MAX_PAUSE_MILLIS = 200;

	private final int maxAttempts;

	ConflictRetry(int maxAttempts) {
		this.maxAttempts = maxAttempts;
	}

	/**
	 * Waits before attempt {@code attempt + 1}.
	 * @throws IllegalStateException once {@code attempt} was the last one allowed
	 */
	void afterConflict(String orderId, int attempt, RuntimeException conflict) {
		if (attempt >= this.maxAttempts) {
			throw new IllegalStateException(
					"Order " + orderId + " still conflicts after " + attempt + " attempts; leaving it for redelivery",
					conflict);
		}
		long ceiling = Math.min(MAX_PAUSE_MILLIS, 5L << Math.min(attempt, 6));
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying", ex);
		}
	}

}
