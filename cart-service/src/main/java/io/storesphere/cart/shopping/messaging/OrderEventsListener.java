package io.storesphere.cart.shopping.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.storesphere.cart.shopping.CartBusy;
import io.storesphere.cart.shopping.CartService;
import io.storesphere.cart.shopping.CartStore.EventWrite;
import io.storesphere.cart.shopping.CartStoreUnavailable;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import io.storesphere.starter.messaging.EventHandler;
import io.storesphere.starter.messaging.SqsListenerEdge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads cart's order-events queue: an order placed takes the purchased quantities out of
 * the customer's cart, once per event (the store writes the event id with the cart). The
 * starter's edge decodes each message, sends one that cannot be read straight to the
 * dead-letter queue, and brings a message back with back-off when the store was busy or
 * unavailable.
 */
@Component
public class OrderEventsListener implements EventHandler {

	private static final Logger log = LoggerFactory.getLogger(OrderEventsListener.class);

	private final SqsListenerEdge edge;

	private final CartService carts;

	OrderEventsListener(SqsListenerEdge edge, CartService carts) {
		this.edge = edge;
		this.carts = carts;
	}

	@SqsListener("${storesphere.cart.order-events-queue}")
	void onOrderEvent(Message<String> message) {
		this.edge.receive(message, this);
	}

	/** Applies one event; other event types are not cart's concern. */
	@Override
	public void handle(EventEnvelope<?> event) {
		if (!(event.payload() instanceof OrderPlaced order)) {
			return;
		}
		Map<String, Integer> purchased = new LinkedHashMap<>();
		for (OrderLine line : order.lines()) {
			purchased.merge(line.productId(), line.quantity(), Integer::sum);
		}
		EventWrite outcome = this.carts.removePurchased(event.eventId().toString(), event.eventType(), order.userId(),
				purchased, order.placedAt());
		log.debug("{} {} for order {}: {}", event.eventType(), event.eventId(), order.orderId(), outcome);
	}

	@Override
	public boolean isRetryable(RuntimeException failure) {
		return failure instanceof CartBusy || failure instanceof CartStoreUnavailable;
	}

}
