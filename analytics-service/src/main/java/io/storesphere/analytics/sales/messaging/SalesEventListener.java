package io.storesphere.analytics.sales.messaging;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.storesphere.analytics.sales.SalesProjection;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Reads analytics' two queues. A message is deleted only after its event was applied (or
 * found to be a duplicate); if applying fails it stays and is received again, and after
 * five receives SQS moves it to the dead-letter queue, as it does with a message that
 * cannot be read.
 */
@Component
public class SalesEventListener {

	private static final Logger log = LoggerFactory.getLogger(SalesEventListener.class);

	private static final int ATTEMPTS = 5;

	private final SalesProjection projection;

	private final EventCodec codec;

	SalesEventListener(SalesProjection projection, EventCodec codec) {
		this.projection = projection;
		this.codec = codec;
	}

	@SqsListener("${storesphere.analytics.queues.identity-events}")
	void onIdentityEvent(String body) {
		handle(body);
	}

	@SqsListener("${storesphere.analytics.queues.order-events}")
	void onOrderEvent(String body) {
		handle(body);
	}

	/**
	 * Handles one message body. Lock conflicts between concurrent events are retried here
	 * at once, rather than after the visibility timeout.
	 */
	public void handle(String body) {
		EventEnvelope<?> event = this.codec.decode(body);
		for (int attempt = 1;; attempt++) {
			try {
				boolean applied = this.projection.apply(event);
				log.debug("{} {} {}", event.eventType(), event.eventId(), applied ? "applied" : "was a duplicate");
				return;
			}
			catch (TransientDataAccessException conflict) {
				if (attempt == ATTEMPTS) {
					throw conflict;
				}
				log.debug("Retrying {} after a conflict: {}", event.eventId(), conflict.getMessage());
			}
		}
	}

}
