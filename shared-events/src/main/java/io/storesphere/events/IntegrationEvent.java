package io.storesphere.events;

/**
 * A payload that may travel inside an {@link EventEnvelope}. The set is closed so that
 * the codec, the topology and the golden samples always know every type on the wire.
 */
public sealed interface IntegrationEvent
		permits UserRegistered, OrderPlaced, OrderCancelled, StockCommitted, StockRejected, StockLow {

	/** The versioned wire type of this payload. */
	default EventType eventType() {
		return EventType.of(getClass());
	}

}
