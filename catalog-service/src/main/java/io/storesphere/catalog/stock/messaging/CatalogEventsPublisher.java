package io.storesphere.catalog.stock.messaging;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.stock.EventPublisher;

import org.springframework.stereotype.Component;

/**
 * Stock outcomes go to catalog-events, through the service starter's SNS publisher (which
 * sets the {@code eventType} attribute the subscriptions filter on).
 */
@Component
class CatalogEventsPublisher implements EventPublisher {

	private final io.storesphere.starter.messaging.EventPublisher sns;

	private final String topic;

	CatalogEventsPublisher(io.storesphere.starter.messaging.EventPublisher sns, CatalogProperties properties) {
		this.sns = sns;
		this.topic = properties.catalogEventsTopic();
	}

	@Override
	public void publish(String eventType, String body) {
		this.sns.publish(this.topic, eventType, body);
	}

}
