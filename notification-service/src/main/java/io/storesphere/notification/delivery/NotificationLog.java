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

	/** One notification as the admin UI lists it. */
	record Entry(String type, String recipient, String subject, String status, Instant at) {

	}

}
