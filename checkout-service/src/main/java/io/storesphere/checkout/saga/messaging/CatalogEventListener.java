package io.storesphere.checkout.saga.messaging;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.storesphere.checkout.saga.OrderSaga;
import io.storesphere.events.EventDecodingException;
import io.storesphere.events.EventEnvelope;
import io.storesphere.starter.messaging.EventHandler;
import io.storesphere.starter.messaging.SqsListenerEdge;

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads catalog's stock-committed and stock-rejected events through the starter's edge,
 * which decodes them and sends a message that cannot be read straight to the dead-letter
 * queue. A message is deleted once its event was applied (or found to be a duplicate). A
 * failure to apply one is worth retrying soon: the message comes back after the starter's
 * back-off ({@code storesphere.sqs-listener.retry.*}), and after five receives SQS moves
 * it to the dead-letter queue.
 */
@Component
class CatalogEventListener implements EventHandler {

	private final SqsListenerEdge edge;

	private final OrderSaga saga;

	CatalogEventListener(SqsListenerEdge edge, OrderSaga saga) {
		this.edge = edge;
		this.saga = saga;
	}

	@SqsListener("${storesphere.checkout.catalog-events-queue}")
	void onCatalogEvent(Message<String> message) {
		this.edge.receive(message, this);
	}

	@Override
	public void handle(EventEnvelope<?> event) {
		this.saga.handle(event);
	}

	/**
	 * Any failure but an unreadable event may pass: a store that did not answer, a race.
	 */
	@Override
	public boolean isRetryable(RuntimeException failure) {
		return !(failure instanceof EventDecodingException);
	}

}
