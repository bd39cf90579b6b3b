package io.storesphere.cart.shopping;

import java.time.Instant;

/**
 * Where carts are kept, one per user, each with a version that grows by one with every
 * write. Writes are conditional on the version they were derived from, so two writers can
 * never both replace the same version.
 */
public interface CartStore {

	/**
	 * The user's cart, read consistently. A cart never stored is empty at version 0; one
	 * past its expiry is empty at its stored version.
	 * @throws CartStoreUnavailable when the store cannot be reached
	 */
	Cart load(String userId, Instant now);

	/**
	 * Stores {@code cart} as version {@code expectedVersion + 1}, if the stored version
	 * is still {@code expectedVersion}.
	 * @param expiresAt when the cart expires if nothing changes it again
	 * @return false when another write came first
	 * @throws CartStoreUnavailable when the store cannot be reached
	 */
	boolean replace(Cart cart, long expectedVersion, Instant expiresAt);

	/**
	 * Records an event as processed and, in the same transaction, stores the cart it
	 * produced (if it changed anything).
	 * @param changed the cart to store, or {@code null} when the event changes nothing
	 * @return whether it was applied, a duplicate, or lost a race with another write
	 * @throws CartStoreUnavailable when the store cannot be reached
	 */
	EventWrite replaceForEvent(String eventId, String eventType, Cart changed, long expectedVersion,
			Instant cartExpiresAt, Instant eventKeptUntil);

	/** The outcome of {@link #replaceForEvent}. */
	enum EventWrite {

		/** The event's effect is stored and the event recorded. */
		APPLIED,
		/** The event had been processed before; nothing changed. */
		DUPLICATE,
		/** The cart changed since it was read; read it again and retry. */
		CONFLICT

	}

}
