package io.storesphere.checkout.order.messaging;

/**
 * The broker, as the outbox sees it: one message with its type attribute to one topic.
 */
interface EventPublisher {

	/**
	 * Publishes synchronously; returns once the broker has accepted the message.
	 * @throws RuntimeException when the broker is unreachable or refuses the message
	 */
	void publish(String topic, String eventType, String body);

}
