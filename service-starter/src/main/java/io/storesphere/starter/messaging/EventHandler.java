package io.storesphere.starter.messaging;

import io.storesphere.events.EventEnvelope;

/**
 * What a service does with the events one of its queues delivers. The messaging adapter
 * that binds the queue implements it and hands every message to
 * {@link SqsListenerEdge#receive}.
 */
public interface EventHandler {

	/**
	 * Applies one decoded event. Event types the service does not act on are ignored
	 * here; returning normally deletes the message.
	 * @param event the decoded envelope
	 */
	void handle(EventEnvelope<?> event);

	/**
	 * Whether a failure is transient, so the message should come back after a back-off
	 * rather than after the queue's full visibility timeout. Either way the message stays
	 * on the queue, and the redrive policy moves it to the dead-letter queue once it has
	 * been received too often.
	 * @param failure what {@link #handle} threw
	 * @return {@code true} for a failure worth retrying soon (a busy or unreachable
	 * store); {@code false} by default
	 */
	default boolean isRetryable(RuntimeException failure) {
		return false;
	}

}
