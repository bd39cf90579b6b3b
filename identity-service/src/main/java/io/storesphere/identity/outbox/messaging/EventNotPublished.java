package io.storesphere.identity.outbox.messaging;

import io.storesphere.events.EventEnvelope;

/**
 * An event the broker did not take this time. Its publication stays incomplete in the
 * registry and is tried again, so this is worth a warning line, not a stack trace.
 */
public class EventNotPublished extends RuntimeException {

	EventNotPublished(EventEnvelope<?> envelope, RuntimeException cause) {
		super("Could not publish " + envelope.eventType() + " " + envelope.eventId() + " yet; it stays in the outbox"
				+ " and is tried again: " + cause.getMessage(), cause);
	}

}
