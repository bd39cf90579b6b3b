package io.storesphere.catalog.stock.messaging;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.storesphere.catalog.stock.StockKeeper;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderPlaced;
import io.storesphere.starter.messaging.EventHandler;
import io.storesphere.starter.messaging.SqsListenerEdge;

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Deducts stock for each order placed. The starter's edge decodes each message and sends
 * one that cannot be read straight to the dead-letter queue. A failure leaves the message
 * on the queue to be received again after the visibility timeout; one that keeps failing
 * reaches the dead-letter queue after five receives.
 */
@Component
class OrderPlacedListener implements EventHandler {

	private final SqsListenerEdge edge;

	private final StockKeeper stock;

	OrderPlacedListener(SqsListenerEdge edge, StockKeeper stock) {
		this.edge = edge;
		this.stock = stock;
	}

	@SqsListener("${storesphere.catalog.order-events-queue}")
	void onOrderEvent(Message<String> message) {
		this.edge.receive(message, this);
	}

	@Override
	@SuppressWarnings("unchecked")
	public void handle(EventEnvelope<?> event) {
		// The subscription's filter lets only order-placed through; anything else is
		// not ours to act on.
		if (event.payload() instanceof OrderPlaced) {
			this.stock.apply((EventEnvelope<OrderPlaced>) event);
		}
	}

}
