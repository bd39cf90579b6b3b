package io.storesphere.cart.cart.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.Visibility;
import io.storesphere.cart.CartProperties;
import io.storesphere.cart.cart.CartBusy;
import io.storesphere.cart.cart.CartService;
import io.storesphere.cart.cart.CartStore.EventWrite;
import io.storesphere.cart.cart.CartStoreUnavailable;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reads cart's order-events queue: an order placed takes the purchased quantities out of
 * the customer's cart, once per event. A message is deleted only once its event was
 * applied or found to be a duplicate; after a transient failure it comes back after
 * {@code retry-delay}, and a message that cannot be read reaches the dead-letter queue
 * after five receives.
 */
@Component
public class OrderEventsListener {

	private static final Logger log = LoggerFactory.getLogger(OrderEventsListener.class);

	private final EventCodec codec;

	private final CartService carts;

	private final int retryDelaySeconds;

	OrderEventsListener(EventCodec codec, CartService carts, CartProperties properties) {
		this.codec = codec;
		this.carts = carts;
		this.retryDelaySeconds = (int) Math.max(1, properties.retryDelay().toSeconds());
	}

	@SqsListener("${storesphere.cart.order-events-queue}")
	void onOrderEvent(String body, Visibility visibility) {
		try {
			handle(body);
		}
		catch (CartBusy | CartStoreUnavailable retryable) {
			log.warn("Will retry in {} s: {}", this.retryDelaySeconds, retryable.getMessage());
			visibility.changeTo(this.retryDelaySeconds);
			throw retryable;
		}
	}

	/** Applies one message body; other event types are not cart's concern. */
	public void handle(String body) {
		EventEnvelope<?> event = this.codec.decode(body);
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

}
