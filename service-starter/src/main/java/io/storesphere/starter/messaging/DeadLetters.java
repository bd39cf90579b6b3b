package io.storesphere.starter.messaging;

import org.springframework.messaging.Message;

/**
 * Where a message goes that can never be handled: the dead-letter queue of the queue it
 * came from. The one adapter is {@link SqsDeadLetters}.
 */
public interface DeadLetters {

	/**
	 * Puts a copy of the message, body and attributes, on its queue's dead-letter queue.
	 * @param message the message as the listener received it
	 * @param reason why it cannot be handled, for whoever inspects the dead-letter queue
	 * @throws RuntimeException when the queue has no dead-letter queue or the copy could
	 * not be sent; the message must then stay where it is
	 */
	void send(Message<String> message, String reason);

}
