package io.storesphere.checkout.order;

import java.util.List;

import io.storesphere.checkout.idempotency.IdempotencyKey;
import io.storesphere.events.EventEnvelope;

/**
 * The orders' store, for writing. Each order is written together with the events it has
 * to publish (its outbox), so that state and events are saved in one write or not at all.
 * Reading is {@link OrderQueries}'s.
 */
public interface Orders {

	/**
	 * Stores a new order with its events and completes the idempotency key that claimed
	 * it, atomically.
	 * @throws ClaimLost when the key is no longer this checkout's (nothing was written)
	 */
	void place(Order order, List<EventEnvelope<?>> events, IdempotencyKey idempotencyKey);

	/**
	 * Writes a changed order with its new events, and records that the event
	 * {@code causedBy} was handled ({@link Inbox}), atomically.
	 * @throws ConcurrentUpdate when the order changed since it was read
	 * @throws AlreadyProcessed when {@code causedBy} was handled meanwhile
	 */
	void update(Order order, List<EventEnvelope<?>> events, EventEnvelope<?> causedBy);

	/** The idempotency key was taken over by another checkout; nothing was written. */
	class ClaimLost extends RuntimeException {

		public ClaimLost(IdempotencyKey key) {
			super("Idempotency key " + key.value() + " is no longer held by this checkout");
		}

	}

	/** The order changed since it was read. */
	class ConcurrentUpdate extends RuntimeException {

		public ConcurrentUpdate(String orderId) {
			super("Order " + orderId + " changed since it was read");
		}

	}

	/** The event was handled by another consumer meanwhile. */
	class AlreadyProcessed extends RuntimeException {

		public AlreadyProcessed(String eventId) {
			super("Event " + eventId + " was already processed");
		}

	}

}
