package io.storesphere.checkout.order.messaging;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.order.OrderEventsWritten;
import io.storesphere.checkout.order.OrderOutbox;
import io.storesphere.checkout.order.OrderOutbox.PendingEvent;
import io.storesphere.starter.messaging.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes an order's waiting events in the order they were written and marks them
 * published. Right after an order was written it runs on its own thread, so the
 * customer's answer never waits for SNS; what fails stays waiting for the
 * {@link OutboxRelay}. Delivery is at least once (a crash between publishing and marking
 * repeats an event); consumers deduplicate on the event id.
 */
@Component
class OutboxPublisher {

	private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

	private final OrderOutbox outbox;

	private final EventPublisher publisher;

	private final String topic;

	private final Clock clock;

	private final ExecutorService afterWrite = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "outbox-publisher");
		thread.setDaemon(true);
		return thread;
	});

	OutboxPublisher(OrderOutbox outbox, EventPublisher publisher, CheckoutProperties properties, Clock clock) {
		this.outbox = outbox;
		this.publisher = publisher;
		this.topic = properties.orderEventsTopic();
		this.clock = clock;
	}

	@EventListener
	void onEventsWritten(OrderEventsWritten written) {
		try {
			this.afterWrite.execute(() -> publishPending(written.orderId()));
		}
		catch (RejectedExecutionException shuttingDown) {
			// the relay publishes it after the restart
		}
	}

	/**
	 * @return whether every waiting event of the order went out
	 */
	boolean publishPending(String orderId) {
		Set<String> published = new LinkedHashSet<>();
		boolean all = true;
		try {
			for (PendingEvent event : this.outbox.pendingEvents(orderId)) {
				try {
					this.publisher.publish(this.topic, event.eventType(), event.body());
					published.add(event.eventId());
				}
				catch (RuntimeException ex) {
					// Keep the order: nothing after a failed event goes out before it.
					log.warn("Could not publish {} {} of order {} yet; the relay retries: {}", event.eventType(),
							event.eventId(), orderId, ex.getMessage());
					all = false;
					break;
				}
			}
			if (!published.isEmpty()) {
				this.outbox.markPublished(orderId, published, this.clock.instant());
				log.debug("Published {} event(s) of order {}", published.size(), orderId);
			}
			return all;
		}
		catch (RuntimeException ex) {
			log.warn("Outbox of order {} not processed; the relay retries: {}", orderId, ex.getMessage());
			return false;
		}
	}

	@PreDestroy
	void stop() {
		this.afterWrite.shutdownNow();
	}

}
