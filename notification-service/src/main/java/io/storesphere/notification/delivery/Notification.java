package io.storesphere.notification.delivery;

import io.storesphere.notification.delivery.Deliveries.Kind;

/**
 * One notification an event calls for: at most one of each kind per event.
 *
 * @param eventId the event that calls for it
 * @param eventType the event's type, e.g. {@code checkout.order-placed.v1}
 * @param kind what is sent
 * @param recipient an e-mail address, or the alert topic
 * @param subject the subject the recipient sees
 */
public record Notification(String eventId, String eventType, Kind kind, String recipient, String subject) {

	/** The key that claims this notification, {@code <eventId>#<kind>}. */
	public String key() {
		return this.eventId + "#" + this.kind;
	}

}
