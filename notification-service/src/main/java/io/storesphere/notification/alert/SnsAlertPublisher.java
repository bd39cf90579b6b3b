package io.storesphere.notification.alert;

import io.storesphere.notification.NotificationProperties;
import io.storesphere.notification.delivery.DeliveryFailure;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sns.model.Topic;

import org.springframework.stereotype.Component;

/**
 * Publishes plain-text alerts to the admin-alerts topic, which admins subscribe to by
 * e-mail.
 */
@Component
class SnsAlertPublisher implements AlertPublisher {

	private final SnsClient sns;

	private final String topic;

	private volatile String topicArn;

	SnsAlertPublisher(SnsClient sns, NotificationProperties properties) {
		this.sns = sns;
		this.topic = properties.adminAlertsTopic();
	}

	@Override
	public String publish(String subject, String message) {
		try {
			// SNS subjects: at most 100 characters, used as the e-mail subject.
			String shortSubject = (subject.length() > 100) ? subject.substring(0, 97) + "..." : subject;
			return this.sns.publish((request) -> request.topicArn(topicArn()).subject(shortSubject).message(message))
				.messageId();
		}
		catch (SnsException ex) {
			throw DeliveryFailure.classify("SNS refused the alert: " + ex.getMessage(), ex, ex.statusCode());
		}
		catch (SdkClientException ex) {
			throw DeliveryFailure.transientFailure("SNS unreachable: " + ex.getMessage(), ex);
		}
	}

	/** Created by the topology bootstrap, looked up once. */
	private String topicArn() {
		if (this.topicArn == null) {
			this.topicArn = this.sns.listTopicsPaginator()
				.topics()
				.stream()
				.map(Topic::topicArn)
				.filter((arn) -> arn.endsWith(":" + this.topic))
				.findFirst()
				.orElseThrow(() -> DeliveryFailure
					.transientFailure("SNS topic " + this.topic + " does not exist; run the topology bootstrap", null));
		}
		return this.topicArn;
	}

}
