package io.storesphere.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.storesphere.notification.delivery.Deliveries.InProgress;
import io.storesphere.notification.delivery.Deliveries.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The exactly-once rule in milliseconds, over claims kept in memory the way the dedupe
 * table keeps them (the ITs run it against the emulator).
 */
class DeliveriesTest {

	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	private static final String KEY = "ord-1#RECEIPT";

	private final InMemoryClaims claims = new InMemoryClaims();

	private final List<String> log = new ArrayList<>();

	private final Deliveries deliveries = new Deliveries(this.claims, new NotificationLog() {

		@Override
		public void record(Notification notification, DeliveryStatus status, Instant at) {
			DeliveriesTest.this.log.add(notification.kind() + " to " + notification.recipient() + " "
					+ notification.subject() + " " + status + " at " + at);
		}

		@Override
		public List<Entry> recent(boolean emails, int limit) {
			throw new UnsupportedOperationException();
		}

	}, Clock.fixed(NOW, ZoneOffset.UTC));

	private final AtomicInteger sends = new AtomicInteger();

	@Test
	void aRedeliveredEventSendsNothingMore() {
		receipt(() -> "ses-" + this.sends.incrementAndGet());
		receipt(() -> "ses-" + this.sends.incrementAndGet());

		assertThat(this.sends).hasValue(1);
		assertThat(this.claims.status(KEY)).contains(DeliveryStatus.SENT);
		assertThat(this.claims.details).containsEntry(KEY, "ses-1");
		assertThat(this.log).containsExactly("RECEIPT to ada@example.com Your order SS-1 SENT at " + NOW);
	}

	@Test
	void aPermanentRefusalIsRecordedAsRejectedAndNeverTriedAgain() {
		receipt(() -> {
			this.sends.incrementAndGet();
			throw DeliveryFailure.classify("Email address is not verified.", null, 400);
		});
		receipt(() -> "ses-" + this.sends.incrementAndGet());

		assertThat(this.sends).hasValue(1);
		assertThat(this.claims.status(KEY)).contains(DeliveryStatus.REJECTED);
		assertThat(this.claims.details).containsEntry(KEY, "Email address is not verified.");
		assertThat(this.log).containsExactly("RECEIPT to ada@example.com Your order SS-1 REJECTED at " + NOW);
	}

	@Test
	void aTransientFailureGivesTheClaimBackSoTheRetrySendsAtOnce() {
		assertThatExceptionOfType(DeliveryFailure.class).isThrownBy(() -> receipt(() -> {
			throw DeliveryFailure.classify("Throttling", null, 429);
		}));
		assertThat(this.claims.status(KEY)).isEmpty();
		assertThat(this.log).isEmpty();

		receipt(() -> "ses-" + this.sends.incrementAndGet());

		assertThat(this.sends).hasValue(1);
		assertThat(this.claims.status(KEY)).contains(DeliveryStatus.SENT);
	}

	@Test
	void anUnexpectedErrorGivesTheClaimBackToo() {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> receipt(() -> {
			throw new IllegalStateException("template broken");
		}));

		assertThat(this.claims.status(KEY)).isEmpty();
	}

	@Test
	void anotherConsumersClaimIsRespectedForTwoMinutesThenTakenOver() {
		this.claims.held(KEY, NOW.minusSeconds(119));
		assertThatExceptionOfType(InProgress.class).isThrownBy(() -> receipt(() -> "ses-1"));

		this.claims.held(KEY, NOW.minusSeconds(121));
		receipt(() -> "ses-" + this.sends.incrementAndGet());

		assertThat(this.sends).hasValue(1);
		assertThat(this.claims.status(KEY)).contains(DeliveryStatus.SENT);
	}

	@Test
	void theSameOrderAnnouncedByAnotherEventSendsNothingMore() {
		receipt(() -> "ses-" + this.sends.incrementAndGet());
		this.deliveries.once(Notification.email("evt-2", "checkout.order-placed.v1", Kind.RECEIPT, "ord-1",
				"ada@example.com", "Your order SS-1"), () -> "ses-" + this.sends.incrementAndGet());

		assertThat(this.sends).hasValue(1);
		assertThat(this.log).hasSize(1);
	}

	@Test
	void anOrdersCancellationIsNotItsReceipt() {
		receipt(() -> "ses-" + this.sends.incrementAndGet());
		this.deliveries.once(
				Notification.email("evt-2", "checkout.order-cancelled.v1", Kind.CANCELLATION, "ord-1",
						"ada@example.com", "Your order SS-1 was cancelled"),
				() -> "ses-" + this.sends.incrementAndGet());

		assertThat(this.sends).hasValue(2);
		assertThat(this.claims.status("ord-1#CANCELLATION")).contains(DeliveryStatus.SENT);
	}

	private void receipt(Supplier<String> send) {
		this.deliveries.once(Notification.email("evt-1", "checkout.order-placed.v1", Kind.RECEIPT, "ord-1",
				"ada@example.com", "Your order SS-1"), send);
	}

	/**
	 * The dedupe table's rule: a claim is won if there is none, or a stale SENDING one.
	 */
	private static final class InMemoryClaims implements DeliveryClaims {

		private final Map<String, DeliveryStatus> statuses = new HashMap<>();

		private final Map<String, Instant> claimedAt = new HashMap<>();

		private final Map<String, String> details = new HashMap<>();

		void held(String key, Instant since) {
			this.statuses.put(key, DeliveryStatus.SENDING);
			this.claimedAt.put(key, since);
		}

		@Override
		public boolean claim(String key, Instant now, Instant staleBefore) {
			DeliveryStatus current = this.statuses.get(key);
			if (current != null
					&& (current != DeliveryStatus.SENDING || !this.claimedAt.get(key).isBefore(staleBefore))) {
				return false;
			}
			held(key, now);
			return true;
		}

		@Override
		public Optional<DeliveryStatus> status(String key) {
			return Optional.ofNullable(this.statuses.get(key));
		}

		@Override
		public void finish(String key, DeliveryStatus status, String detail) {
			this.statuses.put(key, status);
			this.details.put(key, detail);
		}

		@Override
		public void release(String key) {
			if (this.statuses.get(key) == DeliveryStatus.SENDING) {
				this.statuses.remove(key);
				this.claimedAt.remove(key);
			}
		}

	}

}
