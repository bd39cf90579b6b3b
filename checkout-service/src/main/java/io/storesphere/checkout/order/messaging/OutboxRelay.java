package io.storesphere.checkout.order.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.order.OrderOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Catches up with events left unpublished (SNS was down, or the task died after writing
 * an order): every {@code relay-interval} it reads the sparse
 * {@code orders-with-pending-events} index and publishes the events that have waited
 * longer than {@code relay-after}, leaving fresher ones to their immediate publication.
 */
@Component
class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final OrderOutbox outbox;

	private final OutboxPublisher publisher;

	private final Clock clock;

	private final Duration relayAfter;

	private final int batchSize;

	private final ReentrantLock oneRoundAtATime = new ReentrantLock();

	OutboxRelay(OrderOutbox outbox, OutboxPublisher publisher, CheckoutProperties properties, Clock clock) {
		this.outbox = outbox;
		this.publisher = publisher;
		this.clock = clock;
		this.relayAfter = properties.outbox().relayAfter();
		this.batchSize = properties.outbox().batchSize();
	}

	@Scheduled(fixedDelayString = "${storesphere.checkout.outbox.relay-interval}")
	void relay() {
		if (!this.oneRoundAtATime.tryLock()) {
			return;
		}
		try {
			List<String> waiting = this.outbox.ordersWithEventsPendingSince(this.clock.instant().minus(this.relayAfter),
					this.batchSize);
			for (String orderId : waiting) {
				if (!this.publisher.publishPending(orderId)) {
					// SNS is still away; try again next round
					return;
				}
			}
			if (!waiting.isEmpty()) {
				log.info("Relayed the waiting events of {} order(s)", waiting.size());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay round failed; next round retries: {}", ex.getMessage());
		}
		finally {
			this.oneRoundAtATime.unlock();
		}
	}

}
