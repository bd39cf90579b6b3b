package io.storesphere.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Makes each notification happen once for what it is about (an order, a threshold
 * crossing), whatever SQS redelivers and however many events announce it. Before sending,
 * a consumer claims the notification's {@link Notification#key() key}; after sending it
 * marks the claim SENT. A redelivery, or another event about the same thing, finds SENT
 * (or REJECTED) and does nothing. A claim left SENDING by a consumer that died may be
 * taken over after a lease, which is the one window in which a notification could go out
 * twice.
 */
public class Deliveries {

	static final Duration LEASE = Duration.ofMinutes(2);

	private final DeliveryClaims claims;

	private final NotificationLog log;

	private final Clock clock;

	public Deliveries(DeliveryClaims claims, NotificationLog log, Clock clock) {
		this.claims = claims;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Sends once: runs {@code send} unless this notification went out (or was rejected)
	 * before, and records the outcome.
	 * @param send performs the send and returns the provider's message id
	 * @throws DeliveryFailure when a transient failure leaves the notification to a later
	 * attempt
	 * @throws InProgress when another consumer is sending it right now
	 */
	public void once(Notification notification, Supplier<String> send) {
		String key = notification.key();
		Instant now = this.clock.instant();
		if (!this.claims.claim(key, now, now.minus(LEASE))) {
			if (this.claims.status(key).filter(DeliveryStatus::isFinal).isPresent()) {
				return;
			}
			throw new InProgress(key);
		}
		String messageId;
		try {
			messageId = send.get();
		}
		catch (DeliveryFailure failure) {
			if (failure.isPermanent()) {
				this.claims.finish(key, DeliveryStatus.REJECTED, failure.getMessage());
				this.log.record(notification, DeliveryStatus.REJECTED, this.clock.instant());
				return;
			}
			this.claims.release(key);
			throw failure;
		}
		catch (RuntimeException unexpected) {
			// Nothing was sent: give the claim back so a retry need not wait for the
			// lease.
			this.claims.release(key);
			throw unexpected;
		}
		// Sent: from here on the claim is kept even if recording fails, so a retry cannot
		// send again before the lease ends.
		this.claims.finish(key, DeliveryStatus.SENT, messageId);
		this.log.record(notification, DeliveryStatus.SENT, this.clock.instant());
	}

	/** The kinds of notification, each sent at most once for what it is about. */
	public enum Kind {

		RECEIPT, CANCELLATION, LOW_STOCK_ALERT;

		/** Whether it is an e-mail to a customer, rather than an alert to the admins. */
		public boolean isEmail() {
			return this != LOW_STOCK_ALERT;
		}

	}

	/** Another consumer holds the claim; the message is left for a later attempt. */
	public static class InProgress extends RuntimeException {

		InProgress(String key) {
			super("Notification " + key + " is being sent by another consumer");
		}

	}

}
