package io.storesphere.catalog.stock.messaging;

import io.storesphere.catalog.stock.OutcomePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes outcomes whose publishing failed after their transaction committed. */
@Component
class OutcomeRelay {

	private static final Logger log = LoggerFactory.getLogger(OutcomeRelay.class);

	private final OutcomePublisher outcomes;

	OutcomeRelay(OutcomePublisher outcomes) {
		this.outcomes = outcomes;
	}

	@Scheduled(fixedDelayString = "${storesphere.catalog.stock.relay-interval}",
			initialDelayString = "${storesphere.catalog.stock.relay-interval}")
	void relay() {
		try {
			int published = this.outcomes.relay();
			if (published > 0) {
				log.info("Relayed the outcomes of {} orders", published);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Relay failed, will try again: {}", ex.toString());
		}
	}

}
