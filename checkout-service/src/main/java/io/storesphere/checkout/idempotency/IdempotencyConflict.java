package io.storesphere.checkout.idempotency;

/**
 * An Idempotency-Key that cannot be used for this request; nothing was charged. Thrown
 * while placing an order.
 */
public abstract class IdempotencyConflict extends RuntimeException {

	IdempotencyConflict(String message) {
		super(message);
	}

	/** The key was used before with a different request. */
	public static final class KeyReused extends IdempotencyConflict {

		public KeyReused() {
			super("This Idempotency-Key was already used for a different checkout request. "
					+ "Use a new key for a new request.");
		}

	}

	/** Another request with the key is still being processed. */
	public static final class KeyInUse extends IdempotencyConflict {

		public KeyInUse() {
			super("A checkout with this Idempotency-Key is still in progress; "
					+ "retry in a moment to get its order.");
		}

	}

}
