package io.storesphere.notification.delivery;

import io.storesphere.events.StockLow;
import io.storesphere.notification.delivery.Deliveries.Kind;

/**
 * One notification, sent at most once for what it is about, whichever event (and event
 * id) announced it: a receipt or a cancellation once per order, an alert once per
 * threshold crossing, like catalog, cart and analytics, which deduplicate on the order.
 *
 * @param eventId the event that called for it, kept in the log
 * @param eventType the event's type, e.g. {@code checkout.order-placed.v1}
 * @param kind what is sent
 * @param about what it is sent once for: the order id, or one crossing
 * ({@link StockAlert#crossing})
 * @param recipient an e-mail address, or the alert topic
 * @param subject the subject the recipient sees
 * @param alert what an alert reports; {@code null} for an e-mail
 */
public record Notification(String eventId, String eventType, Kind kind, String about, String recipient, String subject,
		StockAlert alert) {

	/** A customer e-mail about one order. */
	public static Notification email(String eventId, String eventType, Kind kind, String orderId, String recipient,
			String subject) {
		return new Notification(eventId, eventType, kind, orderId, recipient, subject, null);
	}

	/** An admin alert about one threshold crossing. */
	public static Notification alert(String eventId, String eventType, StockLow low, String recipient, String subject) {
		return new Notification(eventId, eventType, Kind.LOW_STOCK_ALERT, StockAlert.crossing(low), recipient, subject,
				StockAlert.of(low));
	}

	/** The key that claims this notification, {@code <about>#<kind>}. */
	public String key() {
		return this.about + "#" + this.kind;
	}

}
