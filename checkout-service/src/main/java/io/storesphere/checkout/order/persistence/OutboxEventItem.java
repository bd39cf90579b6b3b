package io.storesphere.checkout.order.persistence;

/**
 * An event inside an {@link OrderItem}: the encoded envelope, and when it was published
 * (absent while it waits).
 */
record OutboxEventItem(String eventId, String eventType, String body, String createdAt, String publishedAt) {

	OutboxEventItem published(String at) {
		return new OutboxEventItem(this.eventId, this.eventType, this.body, this.createdAt, at);
	}

}
