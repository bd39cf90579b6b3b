package io.storesphere.starter.messaging;

import java.util.Map;

import io.awspring.cloud.sns.core.CachingTopicArnResolver;
import io.awspring.cloud.sns.core.TopicArnResolver;
import io.awspring.cloud.sns.core.TopicsListingTopicArnResolver;
import io.storesphere.events.EventType;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes to SNS with the {@code eventType} attribute that the subscriptions filter on.
 */
public class SnsEventPublisher implements EventPublisher {

	private final SnsClient sns;

	// Topics come from the topology bootstrap, never from here: look them up (once), do
	// not create them.
	private final TopicArnResolver topics;

	public SnsEventPublisher(SnsClient sns) {
		this.sns = sns;
		this.topics = new CachingTopicArnResolver(new TopicsListingTopicArnResolver(sns));
	}

	@Override
	public void publish(String topic, String eventType, String body) {
		this.sns.publish((request) -> request.topicArn(this.topics.resolveTopicArn(topic).toString())
			.message(body)
			.messageAttributes(Map.of(EventType.MESSAGE_ATTRIBUTE,
					MessageAttributeValue.builder().dataType("String").stringValue(eventType).build())));
	}

}
