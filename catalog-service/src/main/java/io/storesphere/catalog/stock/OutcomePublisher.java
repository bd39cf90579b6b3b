package io.storesphere.catalog.stock;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.storesphere.catalog.stock.OrderProgress.Recorded;
import io.storesphere.events.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the events an order's outcome owes, right after the outcome is recorded, and
 * relays those left unpublished (SNS failed, or the publisher died) once they are older
 * than {@code relay-after}. The events are stored with the outcome, so nothing is lost in
 * between; consumers dedupe on the event id, so a repeated publish is harmless.
 */
public class OutcomePublisher {

	private static final Logger log = LoggerFactory.getLogger(OutcomePublisher.class);

	private static final int RELAY_BATCH = 50;

	private final OrderProgress progress;

	private final EventPublisher publisher;

	private final EventCodec codec;

	private final Clock clock;

	private final Duration relayAfter;

	public OutcomePublisher(OrderProgress progress, EventPublisher publisher, EventCodec codec, Clock clock,
			StockRules rules) {
		this.progress = progress;
		this.publisher = publisher;
		this.codec = codec;
		this.clock = clock;
		this.relayAfter = rules.relayAfter();
	}

	/**
	 * Publishes what applied orders still owe, oldest first; returns how many finished.
	 */
	public int relay() {
		List<Recorded> pending = this.progress.unpublishedBefore(this.clock.instant().minus(this.relayAfter),
				RELAY_BATCH);
		int published = 0;
		for (Recorded recorded : pending) {
			if (publish(recorded)) {
				published++;
			}
		}
		return published;
	}

	/**
	 * Publishes what an order's earlier delivery left unpublished, but only once that is
	 * older than the relay waits (its publisher likely died): a duplicate arriving while
	 * the first delivery is still publishing adds nothing.
	 */
	void publishIfAbandoned(Recorded recorded) {
		if (recorded.recordedAt().isBefore(this.clock.instant().minus(this.relayAfter))) {
			publish(recorded);
		}
	}

	/** {@code true} once everything the order owes is published. */
	boolean publish(Recorded recorded) {
		if (recorded.unpublished().isEmpty()) {
			return true;
		}
		try {
			for (String body : recorded.unpublished()) {
				this.publisher.publish(this.codec.decode(body).eventType(), body);
			}
		}
		catch (RuntimeException ex) {
			// Stored with the outcome: the relay publishes them later. A partial publish
			// repeated is harmless.
			log.warn("Could not publish the outcome of order {} yet; the relay will retry: {}", recorded.orderId(),
					ex.toString());
			return false;
		}
		this.progress.published(recorded.orderId());
		return true;
	}

}
