package io.storesphere.starter.messaging;

import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.awspring.cloud.sqs.listener.Visibility;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventDecodingException;
import io.storesphere.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;

/**
 * What every {@code @SqsListener} of the suite does with a message before and after the
 * service's own {@link EventHandler}, written once:
 * <ol>
 * <li>decodes the body with the shared {@link EventCodec};</li>
 * <li>sends a message that can never be decoded (not JSON, an unknown event type, a
 * missing or malformed field) straight to its queue's dead-letter queue and acknowledges
 * it, instead of receiving it five times first;</li>
 * <li>skips an event the {@link HandledEvents} hook has seen, and records each one
 * handled;</li>
 * <li>after a failure the handler calls retryable, sets the message's visibility to the
 * {@link SqsListenerProperties.Retry back-off} for its receive count;</li>
 * <li>rethrows every failure, so the message is not deleted and the queue's redrive
 * policy still moves it to the dead-letter queue after its last receive.</li>
 * </ol>
 * A messaging adapter keeps its own {@code @SqsListener} binding and delegates:
 *
 * <pre class="code">
 * &#64;SqsListener("${storesphere.cart.order-events-queue}")
 * void onOrderEvent(Message&lt;String&gt; message) {
 *     this.edge.receive(message, this);
 * }
 * </pre>
 */
public class SqsListenerEdge {

	private static final Logger log = LoggerFactory.getLogger(SqsListenerEdge.class);

	private final EventCodec codec;

	private final DeadLetters deadLetters;

	private final HandledEvents handledEvents;

	private final SqsListenerProperties.Retry retry;

	public SqsListenerEdge(EventCodec codec, DeadLetters deadLetters, HandledEvents handledEvents,
			SqsListenerProperties.Retry retry) {
		this.codec = codec;
		this.deadLetters = deadLetters;
		this.handledEvents = handledEvents;
		this.retry = retry;
	}

	/**
	 * Handles one message; returning normally lets Spring Cloud AWS delete it.
	 * @param message the message as the listener received it, with Spring Cloud AWS's
	 * headers
	 * @param handler the service's handler for this queue
	 * @throws RuntimeException whatever the handler threw, after arranging the retry
	 */
	public void receive(Message<String> message, EventHandler handler) {
		EventEnvelope<?> event;
		try {
			event = this.codec.decode(message.getPayload());
		}
		catch (EventDecodingException unreadable) {
			deadLetter(message, unreadable);
			return;
		}
		if (this.handledEvents.wasHandled(event.eventId())) {
			log.debug("{} {} was handled before", event.eventType(), event.eventId());
			return;
		}
		try {
			handler.handle(event);
		}
		catch (RuntimeException failure) {
			if (handler.isRetryable(failure)) {
				retryLater(message, event, failure);
			}
			throw failure;
		}
		this.handledEvents.markHandled(event);
	}

	private void deadLetter(Message<String> message, EventDecodingException unreadable) {
		try {
			this.deadLetters.send(message, unreadable.getMessage());
		}
		catch (RuntimeException notSent) {
			// Left on the queue: the redrive policy moves it after its last receive.
			log.error("Unreadable message on {} could not be sent to the dead-letter queue ({}): {}", queueOf(message),
					notSent.getMessage(), unreadable.getMessage());
			unreadable.addSuppressed(notSent);
			throw unreadable;
		}
		log.error("Unreadable message on {} sent to the dead-letter queue: {}", queueOf(message),
				unreadable.getMessage());
	}

	private void retryLater(Message<String> message, EventEnvelope<?> event, RuntimeException failure) {
		Visibility visibility = message.getHeaders().get(SqsHeaders.SQS_VISIBILITY_TIMEOUT_HEADER, Visibility.class);
		if (visibility == null) {
			log.warn("{} {} failed and comes back after the queue's visibility timeout: {}", event.eventType(),
					event.eventId(), failure.getMessage());
			return;
		}
		int receiveCount = receiveCountOf(message);
		int delay = this.retry.delaySeconds(receiveCount);
		try {
			visibility.changeTo(delay);
			log.warn("{} {} failed on receive {}, will retry in {} s: {}", event.eventType(), event.eventId(),
					receiveCount, delay, failure.getMessage());
		}
		catch (RuntimeException notChanged) {
			log.warn("{} {} failed and its visibility could not be changed ({}): {}", event.eventType(),
					event.eventId(), notChanged.getMessage(), failure.getMessage());
			failure.addSuppressed(notChanged);
		}
	}

	/** 1 when the container did not ask SQS for the attribute. */
	private static int receiveCountOf(Message<String> message) {
		Object count = message.getHeaders().get(SqsHeaders.MessageSystemAttributes.SQS_APPROXIMATE_RECEIVE_COUNT);
		if (count == null) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(count.toString()));
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	private static Object queueOf(Message<String> message) {
		Object name = message.getHeaders().get(SqsHeaders.SQS_QUEUE_NAME_HEADER);
		return (name != null) ? name : "its queue";
	}

}
