package io.storesphere.catalog.stock.messaging;

import java.util.Map;

import io.awspring.cloud.sns.core.CachingTopicArnResolver;
import io.awspring.cloud.sns.core.TopicArnResolver;
import io.awspring.cloud.sns.core.TopicsListingTopicArnResolver;
import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.stock.EventPublisher;
import io.storesphere.events.EventType;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

import org.springframework.stereotype.Component;

/** Publishes to catalog-events with the {@code eventType} attribute filters match on. */
@Component
class SnsEventPublisher implements EventPublisher {

	private final SnsClient sns;

	private final String topic;

	// The topic comes from the topology bootstrap, never from here: look it up (once), do
	// not create it.
	private final TopicArnResolver topics;

	SnsEventPublisher(SnsClient sns, CatalogProperties properties) {
		this.sns = sns;
		this.topic = properties.catalogEventsTopic();
		this.topics = new CachingTopicArnResolver(new TopicsListingTopicArnResolver(sns));
	}

	@Override
	public void publish(String eventType, String body) {
		this.sns.publish((request) -> request.topicArn(this.topics.resolveTopicArn(this.topic).toString())
			.message(body)
			.messageAttributes(Map.of(EventType.MESSAGE_ATTRIBUTE,
					MessageAttributeValue.builder().dataType("String").stringValue(eventType).build())));
	}

}
