package io.storesphere.catalog.stock.messaging;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.storesphere.catalog.stock.StockKeeper;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderPlaced;

import org.springframework.stereotype.Component;

/**
 * Deducts stock for each order placed. A failure leaves the message on the queue to be
 * received again; one that keeps failing, or cannot be read, reaches the dead-letter
 * queue after five receives.
 */
@Component
class OrderPlacedListener {

	private final EventCodec codec;

	private final StockKeeper stock;

	OrderPlacedListener(EventCodec codec, StockKeeper stock) {
		this.codec = codec;
		this.stock = stock;
	}

	@SqsListener("${storesphere.catalog.order-events-queue}")
	@SuppressWarnings("unchecked")
	void onOrderEvent(String body) {
		EventEnvelope<?> event = this.codec.decode(body);
		// The subscription's filter lets only order-placed through; anything else is
		// not ours to act on.
		if (event.payload() instanceof OrderPlaced) {
			this.stock.apply((EventEnvelope<OrderPlaced>) event);
		}
	}

}
