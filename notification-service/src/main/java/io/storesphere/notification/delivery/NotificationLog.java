package io.storesphere.notification.delivery;

import java.time.Instant;
import java.util.List;

/**
 * Recent notifications for the admin UI: who, what, when, status; never a body. E-mails
 * and alerts are listed apart, newest first.
 */
public interface NotificationLog {

	/** Records how a notification ended. */
	void record(Notification notification, DeliveryStatus status, Instant at);

	/**
	 * The newest entries of one channel first.
	 * @param emails customer e-mails if true, admin alerts if false
	 * @param limit how many at most
	 */
	List<Entry> recent(boolean emails, int limit);

	/**
	 * One notification as the admin UI lists it. The last five tell an alert's kind and
	 * level and name its product; they are {@code null} for a customer e-mail.
	 *
	 * @param type the notification's kind, e.g. {@code RECEIPT}
	 * @param recipient an e-mail address, or the alert topic
	 * @param subject the subject the recipient saw
	 * @param status {@code SENT} or {@code REJECTED}
	 * @param at when it ended so
	 * @param productId the alert's product
	 * @param productName its name when the alert was raised
	 * @param stock the units left
	 * @param threshold the level it fell below
	 * @param alertKind {@code BELOW_THRESHOLD} or {@code OUT_OF_STOCK}
	 */
	record Entry(String type, String recipient, String subject, String status, Instant at, String productId,
			String productName, Integer stock, Integer threshold, String alertKind) {

		/** A customer e-mail's entry. */
		public Entry(String type, String recipient, String subject, String status, Instant at) {
			this(type, recipient, subject, status, at, null, null, null, null, null);
		}

		/** An alert's entry. */
		public Entry(String type, String recipient, String subject, String status, Instant at, StockAlert alert) {
			this(type, recipient, subject, status, at, alert.productId(), alert.productName(), alert.stock(),
					alert.threshold(), alert.alertKind().name());
		}

	}

}
