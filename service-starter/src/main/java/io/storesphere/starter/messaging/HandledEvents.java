package io.storesphere.starter.messaging;

import java.util.UUID;

import io.storesphere.events.EventEnvelope;

/**
 * The dedupe hook: the events a service has already handled, keyed by event id, so a
 * redelivery changes nothing. Declare one bean and the {@link SqsListenerEdge} asks it
 * before each event and tells it after each one handled.
 *
 * <p>
 * Only for a service whose effect and dedupe record cannot be written together. A service
 * whose store records the event id in the same write as the effect (an inbox item in the
 * same DynamoDB transaction, a processed-event row in the same database transaction, a
 * conditional claim) keeps doing that and declares no bean: it is the stronger guarantee,
 * since with this hook a crash between the effect and {@link #markHandled} repeats the
 * effect once.
 */
public interface HandledEvents {

	/** Remembers nothing: every event is handled. The default. */
	HandledEvents NONE = new HandledEvents() {

		@Override
		public boolean wasHandled(UUID eventId) {
			return false;
		}

		@Override
		public void markHandled(EventEnvelope<?> event) {
		}

	};

	/**
	 * @param eventId the envelope's event id, stable across redeliveries
	 * @return whether an event with this id was handled before
	 */
	boolean wasHandled(UUID eventId);

	/**
	 * Records an event as handled; called only after the handler returned normally.
	 * @param event the event just handled
	 */
	void markHandled(EventEnvelope<?> event);

}
