package io.storesphere.checkout.order;

import io.storesphere.events.EventEnvelope;

/**
 * The events checkout has handled, by event id, so that a redelivery changes nothing. An
 * event that changes an order is recorded with the change ({@link Orders#update}); one
 * that changes nothing is recorded here.
 */
public interface Inbox {

	boolean isProcessed(EventEnvelope<?> event);

	/** Records an event that changed nothing, so a redelivery is recognised at once. */
	void markProcessed(EventEnvelope<?> event);

}
