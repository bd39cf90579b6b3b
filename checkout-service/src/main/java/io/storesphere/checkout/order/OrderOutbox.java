package io.storesphere.checkout.order;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The events orders carry until they are published. */
public interface OrderOutbox {

	/** An order's events not yet published, oldest first. */
	List<PendingEvent> pendingEvents(String orderId);

	/** Marks these events of an order as published. */
	void markPublished(String orderId, Set<String> eventIds, Instant at);

	/** Orders with an event that has been waiting since before {@code before}. */
	List<String> ordersWithEventsPendingSince(Instant before, int limit);

	/** An event as it goes on the wire: its id, type and encoded envelope. */
	record PendingEvent(String eventId, String eventType, String body) {

	}

}
