package io.storesphere.analytics.sales.messaging;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.storesphere.analytics.sales.SalesProjection;
import io.storesphere.events.EventEnvelope;
import io.storesphere.starter.messaging.EventHandler;
import io.storesphere.starter.messaging.SqsListenerEdge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads analytics' two queues through the starter's edge, which decodes each message and
 * sends one that cannot be read straight to the dead-letter queue. A message is deleted
 * only after its event was applied (or found to be a duplicate, by the projection's
 * processed-event row); if applying fails it stays and is received again after the
 * visibility timeout, and after five receives SQS moves it to the dead-letter queue.
 */
@Component
public class SalesEventListener implements EventHandler {

	private static final Logger log = LoggerFactory.getLogger(SalesEventListener.class);

	private static final int ATTEMPTS = 5;

	private final SqsListenerEdge edge;

	private final SalesProjection projection;

	SalesEventListener(SqsListenerEdge edge, SalesProjection projection) {
		this.edge = edge;
		this.projection = projection;
	}

	@SqsListener("${storesphere.analytics.queues.identity-events}")
	void onIdentityEvent(Message<String> message) {
		this.edge.receive(message, this);
	}

	@SqsListener("${storesphere.analytics.queues.order-events}")
	void onOrderEvent(Message<String> message) {
		this.edge.receive(message, this);
	}

	/**
	 * Applies one event. Lock conflicts between concurrent events are retried here at
	 * once, rather than after the visibility timeout.
	 */
	@Override
	public void handle(EventEnvelope<?> event) {
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
