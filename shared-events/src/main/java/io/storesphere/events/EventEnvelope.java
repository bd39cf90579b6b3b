package io.storesphere.events;

import java.time.Instant;
import java.util.UUID;

import static io.storesphere.events.Fields.required;
import static io.storesphere.events.Fields.requiredText;

/**
 * The wrapper every integration event travels in. Consumers deduplicate on
 * {@link #eventId()} and route on {@link #eventType()}.
 *
 * @param eventId unique per event, stable across redeliveries
 * @param eventType the versioned wire type, e.g. {@code checkout.order-placed.v1}
 * @param occurredAt when the fact happened at the producer
 * @param producer the service that published it, e.g. {@code checkout-service}
 * @param correlationId ties together every event of one use case (e.g. one checkout)
 * @param payload the event itself
 * @param <T> the payload type
 */
public record EventEnvelope<T extends IntegrationEvent>(UUID eventId, String eventType, Instant occurredAt,
		String producer, String correlationId, T payload) {

	public EventEnvelope {
		required(eventId, "eventId");
		requiredText(eventType, "eventType");
		required(occurredAt, "occurredAt");
		requiredText(producer, "producer");
		requiredText(correlationId, "correlationId");
		required(payload, "payload");
		if (!payload.eventType().wireName().equals(eventType)) {
			throw new IllegalArgumentException(
					"eventType '" + eventType + "' does not match the payload type " + payload.eventType());
		}
	}

	/** Wraps a payload in a new envelope with a fresh event id. */
	public static <T extends IntegrationEvent> EventEnvelope<T> wrap(T payload, String producer, String correlationId,
			Instant occurredAt) {
		return new EventEnvelope<>(UUID.randomUUID(), payload.eventType().wireName(), occurredAt, producer,
				correlationId, payload);
	}

	public EventType type() {
		return this.payload.eventType();
	}

}
