package io.storesphere.starter.messaging;

/**
 * Publishes an encoded integration event to a topic of the topology, with its
 * {@code eventType} as the message attribute every subscription filters on. The one
 * adapter is {@link SnsEventPublisher}; outboxes and relays call it, never a request.
 */
public interface EventPublisher {

	/**
	 * Publishes synchronously; returns once the broker has accepted the message.
	 * @param topic the topic's name as the topology gives it (with the environment
	 * prefix)
	 * @param eventType the wire name, e.g. {@code checkout.order-placed.v1}
	 * @param body the encoded envelope
	 * @throws RuntimeException when the broker is unreachable or refuses the message
	 */
	void publish(String topic, String eventType, String body);

}
