package io.storesphere.catalog.stock;

/** Publishes catalog's integration events. One adapter: SNS. */
public interface EventPublisher {

	/**
	 * @param eventType the wire name, carried as the {@code eventType} attribute
	 * @param body the encoded envelope
	 */
	void publish(String eventType, String body);

}
