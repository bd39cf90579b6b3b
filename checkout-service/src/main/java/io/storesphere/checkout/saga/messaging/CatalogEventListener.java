package io.storesphere.checkout.saga.messaging;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.Visibility;
import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.saga.OrderSaga;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventDecodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reads catalog's stock-committed and stock-rejected events. A message is deleted once
 * its event was applied (or found to be a duplicate). When applying fails, the message
 * comes back after {@code storesphere.checkout.saga.retry-delay}; after five receives SQS
 * moves it to the dead-letter queue, as it does with a message that cannot be read.
 */
@Component
class CatalogEventListener {

	private static final Logger log = LoggerFactory.getLogger(CatalogEventListener.class);

	private final EventCodec codec;

	private final OrderSaga saga;

	private final int retryDelaySeconds;

	CatalogEventListener(EventCodec codec, OrderSaga saga, CheckoutProperties properties) {
		this.codec = codec;
		this.saga = saga;
		this.retryDelaySeconds = (int) Math.max(1, properties.saga().retryDelay().toSeconds());
	}

	@SqsListener("${storesphere.checkout.catalog-events-queue}")
	void onCatalogEvent(String body, Visibility visibility) {
		try {
			this.saga.handle(this.codec.decode(body));
		}
		catch (EventDecodingException unreadable) {
			log.error("Unreadable message on the catalog-events queue, left for the dead-letter queue: {}",
					unreadable.getMessage());
			throw unreadable;
		}
		catch (RuntimeException failure) {
			log.warn("Will retry in {} s: {}", this.retryDelaySeconds, failure.getMessage());
			visibility.changeTo(this.retryDelaySeconds);
			throw failure;
		}
	}

}
