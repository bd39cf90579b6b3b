package io.storesphere.topology.bootstrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.storesphere.topology.Environment;
import io.storesphere.topology.QueueSpec;
import io.storesphere.topology.Topology;
import io.storesphere.topology.bootstrap.BootstrapReport.Action;
import io.storesphere.topology.bootstrap.BootstrapReport.Change;
import io.storesphere.topology.bootstrap.BootstrapReport.Kind;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sns.model.Topic;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * The topology's topics, and per consumer and topic its queue, the queue's dead-letter
 * queue and its filtered raw-delivery subscription: created when missing, their
 * attributes set where they differ.
 */
final class Messaging {

	private final SnsClient sns;

	private final SqsClient sqs;

	Messaging(SnsClient sns, SqsClient sqs) {
		this.sns = sns;
		this.sqs = sqs;
	}

	/** Per queue: its dead-letter queue, the queue, the subscription, in that order. */
	List<Change> ensure(Topology topology, Environment environment) {
		List<Change> changes = new ArrayList<>();
		Map<String, String> topicArns = ensureTopics(topology, environment, changes);
		for (QueueSpec queue : topology.queues()) {
			String dlqName = environment.deadLetterQueueName(queue);
			String dlqUrl = ensureQueue(dlqName, Kind.DEAD_LETTER_QUEUE, deadLetterAttributes(), changes);
			String queueName = environment.queueName(queue);
			String topicArn = topicArns.get(environment.topicName(queue.topic()));
			// The policy and redrive name ARNs, so the queue's attributes are set once it
			// exists.
			String queueUrl = findQueue(queueName);
			boolean created = queueUrl == null;
			if (created) {
				queueUrl = this.sqs.createQueue((request) -> request.queueName(queueName)).queueUrl();
			}
			String queueArn = queueArn(queueUrl);
			Action attributes = converge(queueUrl, queueAttributes(queueArn, queueArn(dlqUrl), topicArn));
			changes.add(new Change(Kind.QUEUE, queueName, created ? Action.CREATED : attributes));
			changes.add(ensureSubscription(queue, queueName, queueArn, topicArn));
		}
		return changes;
	}

	private Map<String, String> ensureTopics(Topology topology, Environment environment, List<Change> changes) {
		Map<String, String> existing = new HashMap<>();
		this.sns.listTopicsPaginator()
			.topics()
			.stream()
			.map(Topic::topicArn)
			.forEach((arn) -> existing.put(arn.substring(arn.lastIndexOf(':') + 1), arn));
		Map<String, String> arns = new HashMap<>();
		for (String baseName : topology.topics()) {
			String name = environment.topicName(baseName);
			String arn = existing.get(name);
			if (arn == null) {
				arn = this.sns.createTopic((request) -> request.name(name)).topicArn();
				changes.add(new Change(Kind.TOPIC, name, Action.CREATED));
			}
			else {
				changes.add(new Change(Kind.TOPIC, name, Action.UNCHANGED));
			}
			arns.put(name, arn);
		}
		return arns;
	}

	private String ensureQueue(String name, Kind kind, Map<QueueAttributeName, String> attributes,
			List<Change> changes) {
		String url = findQueue(name);
		if (url == null) {
			url = this.sqs.createQueue((request) -> request.queueName(name).attributes(attributes)).queueUrl();
			changes.add(new Change(kind, name, Action.CREATED));
		}
		else {
			changes.add(new Change(kind, name, converge(url, attributes)));
		}
		return url;
	}

	private String findQueue(String name) {
		try {
			return this.sqs.getQueueUrl((request) -> request.queueName(name)).queueUrl();
		}
		catch (QueueDoesNotExistException missing) {
			return null;
		}
	}

	/** Sets the attributes whose current value differs. */
	private Action converge(String queueUrl, Map<QueueAttributeName, String> wanted) {
		Map<QueueAttributeName, String> current = this.sqs
			.getQueueAttributes((request) -> request.queueUrl(queueUrl).attributeNames(wanted.keySet()))
			.attributes();
		Map<QueueAttributeName, String> differing = new HashMap<>();
		wanted.forEach((name, value) -> {
			if (!sameJsonOrText(current.get(name), value)) {
				differing.put(name, value);
			}
		});
		if (differing.isEmpty()) {
			return Action.UNCHANGED;
		}
		this.sqs.setQueueAttributes((request) -> request.queueUrl(queueUrl).attributes(differing));
		return Action.UPDATED;
	}

	private String queueArn(String queueUrl) {
		return this.sqs
			.getQueueAttributes((request) -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
			.attributes()
			.get(QueueAttributeName.QUEUE_ARN);
	}

	private static Map<QueueAttributeName, String> deadLetterAttributes() {
		return Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD,
				String.valueOf(Topology.DEAD_LETTER_RETENTION.toSeconds()));
	}

	private static Map<QueueAttributeName, String> queueAttributes(String queueArn, String dlqArn, String topicArn) {
		String redrive = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":" + Topology.MAX_RECEIVE_COUNT
				+ "}";
		// On AWS a topic may only deliver to a queue whose policy allows that topic.
		String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
				+ "\"Principal\":{\"Service\":\"sns.amazonaws.com\"},\"Action\":\"sqs:SendMessage\",\"Resource\":\""
				+ queueArn + "\",\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\"" + topicArn + "\"}}}]}";
		return Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(Topology.VISIBILITY_TIMEOUT.toSeconds()),
				QueueAttributeName.MESSAGE_RETENTION_PERIOD, String.valueOf(Topology.RETENTION.toSeconds()),
				QueueAttributeName.REDRIVE_POLICY, redrive, QueueAttributeName.POLICY, policy);
	}

	private Change ensureSubscription(QueueSpec queue, String queueName, String queueArn, String topicArn) {
		String name = queueName + " <- " + topicArn.substring(topicArn.lastIndexOf(':') + 1);
		Map<String, String> wanted = Map.of("RawMessageDelivery", "true", "FilterPolicyScope", "MessageAttributes",
				"FilterPolicy", queue.filterPolicy());
		Subscription existing = this.sns.listSubscriptionsByTopicPaginator((request) -> request.topicArn(topicArn))
			.subscriptions()
			.stream()
			.filter((subscription) -> "sqs".equals(subscription.protocol()) && queueArn.equals(subscription.endpoint()))
			.findFirst()
			.orElse(null);
		if (existing == null) {
			this.sns.subscribe((request) -> request.topicArn(topicArn)
				.protocol("sqs")
				.endpoint(queueArn)
				.attributes(wanted)
				.returnSubscriptionArn(true));
			return new Change(Kind.SUBSCRIPTION, name, Action.CREATED);
		}
		Map<String, String> current = this.sns
			.getSubscriptionAttributes((request) -> request.subscriptionArn(existing.subscriptionArn()))
			.attributes();
		boolean updated = false;
		for (Map.Entry<String, String> attribute : wanted.entrySet()) {
			if (!sameJsonOrText(current.get(attribute.getKey()), attribute.getValue())) {
				this.sns.setSubscriptionAttributes((request) -> request.subscriptionArn(existing.subscriptionArn())
					.attributeName(attribute.getKey())
					.attributeValue(attribute.getValue()));
				updated = true;
			}
		}
		return new Change(Kind.SUBSCRIPTION, name, updated ? Action.UPDATED : Action.UNCHANGED);
	}

	/**
	 * Emulators and AWS may re-serialise JSON attributes; compare them without
	 * whitespace.
	 */
	private static boolean sameJsonOrText(String current, String wanted) {
		return Objects.equals(strip(current), strip(wanted));
	}

	private static String strip(String value) {
		return (value != null) ? value.replaceAll("\\s+", "") : null;
	}

}
