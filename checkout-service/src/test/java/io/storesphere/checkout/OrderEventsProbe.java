package io.storesphere.checkout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.EventType;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.topology.bootstrap.AwsClients;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A queue subscribed to the order-events topic with raw delivery, like every consumer's:
 * what arrives here is what notification, analytics, catalog and cart would receive.
 */
final class OrderEventsProbe implements AutoCloseable {

	private static final EventCodec CODEC = new EventCodec();

	private final AwsClients clients;

	private final String queueUrl;

	private final String subscriptionArn;

	private final List<Received> received = new ArrayList<>();

	private OrderEventsProbe(String environment) {
		this.clients = TestTopology.clients(AwsEmulators.endpoints());
		String name = environment + "-probe-" + UUID.randomUUID().toString().substring(0, 8);
		this.queueUrl = this.clients.sqs().createQueue((request) -> request.queueName(name)).queueUrl();
		String queueArn = this.clients.sqs()
			.getQueueAttributes(
					(request) -> request.queueUrl(this.queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
			.attributes()
			.get(QueueAttributeName.QUEUE_ARN);
		this.subscriptionArn = this.clients.sns()
			.subscribe((request) -> request.topicArn(TestTopology.topicArn(this.clients, environment + "-order-events"))
				.protocol("sqs")
				.endpoint(queueArn)
				.attributes(Map.of("RawMessageDelivery", "true")))
			.subscriptionArn();
	}

	static OrderEventsProbe subscribe(String environment) {
		return new OrderEventsProbe(environment);
	}

	/**
	 * Waits until {@code count} events match, or the time is up; returns those that do.
	 */
	List<Received> await(Predicate<EventEnvelope<?>> match, int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (matching(match).size() < count && System.nanoTime() < deadline) {
			receive();
		}
		return matching(match);
	}

	/** Everything that matches after listening for {@code duration}. */
	List<Received> during(Predicate<EventEnvelope<?>> match, Duration duration) {
		long deadline = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < deadline) {
			receive();
		}
		return matching(match);
	}

	static Predicate<EventEnvelope<?>> of(String orderId, EventType type) {
		return (event) -> event.type() == type && event.correlationId().equals(orderId);
	}

	private List<Received> matching(Predicate<EventEnvelope<?>> match) {
		return this.received.stream().filter((received) -> match.test(received.event())).toList();
	}

	private void receive() {
		for (Message message : this.clients.sqs()
			.receiveMessage((request) -> request.queueUrl(this.queueUrl)
				.maxNumberOfMessages(10)
				.waitTimeSeconds(1)
				.messageAttributeNames("All"))
			.messages()) {
			String type = (message.messageAttributes().get(EventType.MESSAGE_ATTRIBUTE) != null)
					? message.messageAttributes().get(EventType.MESSAGE_ATTRIBUTE).stringValue() : null;
			this.received.add(new Received(CODEC.decode(message.body()), type));
			this.clients.sqs()
				.deleteMessage((request) -> request.queueUrl(this.queueUrl).receiptHandle(message.receiptHandle()));
		}
	}

	@Override
	public void close() {
		try {
			this.clients.sns().unsubscribe((request) -> request.subscriptionArn(this.subscriptionArn));
			this.clients.sqs().deleteQueue((request) -> request.queueUrl(this.queueUrl));
		}
		finally {
			this.clients.close();
		}
	}

	/** An event and the {@code eventType} message attribute it arrived with. */
	record Received(EventEnvelope<?> event, String eventTypeAttribute) {

	}

}
