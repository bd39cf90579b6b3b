package io.storesphere.identity.outbox.config;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * What the registry does not do by itself: try failed publications again while the
 * service runs, and forget published ones after a while.
 */
class OutboxSchedule {

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final OutboxProperties properties;

	OutboxSchedule(IncompleteEventPublications incomplete, CompletedEventPublications completed,
			OutboxProperties properties) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.properties = properties;
	}

	/**
	 * Resubmits the publications whose attempt failed, oldest first. Only failed ones: a
	 * publication being attempted right now is left alone, so a slow SNS does not pile up
	 * attempts of one event. Publications a crash left behind go out on restart, and the
	 * staleness check turns those a live task lost into failed ones.
	 */
	@Scheduled(fixedDelayString = "${storesphere.identity.outbox.poll-interval}")
	void retryFailed() {
		this.incomplete
			.resubmitIncompletePublications(ResubmissionOptions.defaults().withBatchSize(this.properties.batchSize()));
	}

	/** Published events stay a while to answer "did it go out, and when?". */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void forgetPublished() {
		this.completed.deletePublicationsOlderThan(this.properties.keepPublished());
	}

}
