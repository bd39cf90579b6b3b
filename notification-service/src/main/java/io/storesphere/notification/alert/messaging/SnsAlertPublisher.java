package io.storesphere.notification.alert.messaging;

import io.awspring.cloud.sns.core.CachingTopicArnResolver;
import io.awspring.cloud.sns.core.TopicArnResolver;
import io.awspring.cloud.sns.core.TopicsListingTopicArnResolver;
import io.storesphere.notification.NotificationProperties;
import io.storesphere.notification.alert.AlertPublisher;
import io.storesphere.notification.delivery.DeliveryFailure;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.SnsException;

import org.springframework.stereotype.Component;

/**
 * Publishes plain-text alerts to the admin-alerts topic, which admins subscribe to by
 * e-mail.
 */
@Component
class SnsAlertPublisher implements AlertPublisher {

	private final SnsClient sns;

	private final String topic;

	// The topic comes from the topology bootstrap, never from here: look it up (once), do
	// not create it.
	private final TopicArnResolver topics;

	SnsAlertPublisher(SnsClient sns, NotificationProperties properties) {
		this.sns = sns;
		this.topic = properties.adminAlertsTopic();
		this.topics = new CachingTopicArnResolver(new TopicsListingTopicArnResolver(sns));
	}

	@Override
	public String publish(String subject, String message) {
		try {
			String topicArn = this.topics.resolveTopicArn(this.topic).toString();
			// SNS subjects: at most 100 characters, used as the e-mail subject.
			String shortSubject = (subject.length() > 100) ? subject.substring(0, 97) + "..." : subject;
			return this.sns.publish((request) -> request.topicArn(topicArn).subject(shortSubject).message(message))
				.messageId();
		}
		catch (SnsException ex) {
			throw DeliveryFailure.classify("SNS refused the alert: " + ex.getMessage(), ex, ex.statusCode());
		}
		catch (SdkClientException ex) {
			throw DeliveryFailure.transientFailure("SNS unreachable: " + ex.getMessage(), ex);
		}
	}

}
