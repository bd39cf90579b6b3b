package io.storesphere.identity.outbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.storesphere.events.EventType;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.Topic;

import org.springframework.stereotype.Component;

/**
 * Publishes to SNS with the {@code eventType} attribute that the subscriptions filter on.
 */
@Component
class SnsEventPublisher implements EventPublisher {

	private final SnsClient sns;

	private final Map<String, String> topicArns = new ConcurrentHashMap<>();

	SnsEventPublisher(SnsClient sns) {
		this.sns = sns;
	}

	@Override
	public void publish(String topic, String eventType, String body) {
		this.sns.publish((request) -> request.topicArn(topicArn(topic))
			.message(body)
			.messageAttributes(Map.of(EventType.MESSAGE_ATTRIBUTE,
					MessageAttributeValue.builder().dataType("String").stringValue(eventType).build())));
	}

	/**
	 * Topics are created by the topology bootstrap, never here; their ARNs are looked up
	 * once.
	 */
	private String topicArn(String topic) {
		return this.topicArns.computeIfAbsent(topic,
				(name) -> this.sns.listTopicsPaginator()
					.topics()
					.stream()
					.map(Topic::topicArn)
					.filter((arn) -> arn.endsWith(":" + name))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException(
							"SNS topic " + name + " does not exist; run the topology bootstrap for this environment")));
	}

}
