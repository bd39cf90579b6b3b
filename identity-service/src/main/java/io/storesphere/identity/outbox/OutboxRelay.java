package io.storesphere.identity.outbox;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.storesphere.starter.messaging.EventPublisher;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox events in the order they were written and marks each published. Runs
 * right after a commit that wrote events and on a fixed delay, so events written while
 * SNS was down go out once it is back. Delivery is at least once (a crash between publish
 * and mark, or two tasks racing, can repeat an event); consumers deduplicate on the event
 * id.
 */
@Component
class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final OutboxRepository events;

	private final EventPublisher publisher;

	private final TransactionTemplate transactions;

	private final OutboxProperties properties;

	private final Clock clock;

	private final ReentrantLock oneRoundAtATime = new ReentrantLock();

	private final ExecutorService afterCommit = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "outbox-relay");
		thread.setDaemon(true);
		return thread;
	});

	OutboxRelay(OutboxRepository events, EventPublisher publisher, TransactionTemplate transactions,
			OutboxProperties properties, Clock clock, MeterRegistry meters) {
		this.events = events;
		this.publisher = publisher;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
		Gauge.builder("storesphere.outbox.pending", events, OutboxRepository::countByPublishedAtIsNull)
			.description("Events written but not yet published")
			.register(meters);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onEventsWritten(EventsWritten written) {
		this.afterCommit.execute(this::publishPending);
	}

	@Scheduled(fixedDelayString = "${storesphere.identity.outbox.poll-interval}")
	void publishPending() {
		if (!this.oneRoundAtATime.tryLock()) {
			return;
		}
		try {
			List<OutboxEvent> pending = this.events
				.findByPublishedAtIsNullOrderByIdAsc(Limit.of(this.properties.batchSize()));
			for (OutboxEvent event : pending) {
				if (!publish(event)) {
					// Keep the order: nothing after a failed event goes out before it.
					return;
				}
			}
		}
		finally {
			this.oneRoundAtATime.unlock();
		}
	}

	private boolean publish(OutboxEvent event) {
		try {
			this.publisher.publish(event.topic(), event.eventType(), event.body());
			event.published(this.clock.instant());
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Could not publish {} {} yet; will retry: {}", event.eventType(), event.eventId(),
					ex.getMessage());
			event.failed(ex.getMessage());
			return false;
		}
		finally {
			this.transactions.executeWithoutResult((status) -> this.events.save(event));
		}
	}

	@PreDestroy
	void stop() {
		this.afterCommit.shutdownNow();
	}

	/** Signals that a transaction wrote outbox events. */
	record EventsWritten() {

	}

}
