package io.storesphere.topology;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.storesphere.events.EventType;

/**
 * A consuming service's queue on one topic. It receives only the listed event types (an
 * SNS filter policy on the {@code eventType} attribute), raw, and moves a message to its
 * dead-letter queue after {@link Topology#MAX_RECEIVE_COUNT} failed receives.
 *
 * @param owner the consuming service, e.g. {@code catalog}
 * @param topic the topic's base name
 * @param eventTypes what the subscription lets through
 */
public record QueueSpec(String owner, String topic, Set<EventType> eventTypes) {

	public QueueSpec {
		if (eventTypes.isEmpty()) {
			throw new IllegalArgumentException("A queue must accept at least one event type");
		}
		for (EventType type : eventTypes) {
			if (!type.topic().equals(topic)) {
				throw new IllegalArgumentException(type + " is published to " + type.topic() + ", not " + topic);
			}
		}
		eventTypes = Collections.unmodifiableSet(EnumSet.copyOf(eventTypes));
	}

	/** e.g. {@code catalog-order-events}. */
	public String baseName() {
		return this.owner + "-" + this.topic;
	}

	/**
	 * The subscription's filter policy, e.g.
	 * {@code {"eventType":["checkout.order-placed.v1"]}}.
	 */
	public String filterPolicy() {
		return this.eventTypes.stream()
			.map((type) -> "\"" + type.wireName() + "\"")
			.collect(Collectors.joining(",", "{\"" + EventType.MESSAGE_ATTRIBUTE + "\":[", "]}"));
	}

	public boolean accepts(EventType type) {
		return this.eventTypes.contains(type);
	}

}
