package io.storesphere.starter.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.awspring.cloud.autoconfigure.core.AwsAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.sqs.SqsAutoConfiguration;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.EventType;
import io.storesphere.events.StockCommitted;
import io.storesphere.starter.ServiceDefaultsAutoConfiguration;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The edge between a real queue, with the topology's dead-letter queue and redrive
 * policy, and a handler, as a service's {@code @SqsListener} uses it. The queue keeps the
 * topology's 30 s visibility timeout, so a message back within seconds came back because
 * the edge said so.
 */
@SpringBootTest(classes = SqsListenerEdgeIT.ListeningService.class, webEnvironment = WebEnvironment.NONE,
		properties = { "storesphere.sqs-listener.retry.first-delay=1s",
				"storesphere.sqs-listener.retry.max-delay=20s" })
@UseAwsEmulators
class SqsListenerEdgeIT {

	private static final EventCodec CODEC = new EventCodec();

	private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	private CatalogEvents listener;

	@Value("${storesphere.environment}-checkout-catalog-events")
	private String queue;

	private AwsClients clients;

	@BeforeEach
	void connect() {
		this.clients = TestTopology.clients(AwsEmulators.endpoints());
	}

	@AfterEach
	void disconnect() {
		this.clients.close();
	}

	@Test
	void anEventReachesTheHandlerDecodedAndLeavesTheQueue() {
		EventEnvelope<StockCommitted> event = committed("o-plain");

		send(CODEC.encode(event));

		await().atMost(Duration.ofSeconds(15)).until(() -> this.listener.receivesOf("o-plain").size() == 1);
		assertThat(this.listener.handled).contains(event);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messagesIn(this.queue)).isZero());
	}

	@Test
	void anUnreadableMessageIsOnTheDeadLetterQueueAfterOneReceiveWithWhyAndItsAttributes() {
		String body = "{\"eventType\":\"catalog.stock-committed.v1\",\"payload\":\"not an event\"}";

		send(body);

		// Five receives with the queue's visibility timeout would take minutes.
		Message deadLetter = await().atMost(Duration.ofSeconds(15))
			.until(() -> receiveOne(this.queue + "-dlq"), (message) -> message != null);
		assertThat(deadLetter.body()).isEqualTo(body);
		assertThat(deadLetter.messageAttributes().get(SqsDeadLetters.REASON_ATTRIBUTE).stringValue())
			.startsWith("catalog.stock-committed.v1 event is invalid");
		assertThat(deadLetter.messageAttributes().get(EventType.MESSAGE_ATTRIBUTE).stringValue())
			.isEqualTo("catalog.stock-committed.v1");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messagesIn(this.queue)).isZero());
	}

	@Test
	void aRetryableFailureComesBackAfterAGrowingBackOffInsteadOfTheVisibilityTimeout() {
		EventEnvelope<StockCommitted> event = committed("busy-twice");

		send(CODEC.encode(event));

		await().atMost(VISIBILITY_TIMEOUT).until(() -> this.listener.receivesOf("busy-twice").size() == 3);
		List<Instant> receives = this.listener.receivesOf("busy-twice");
		Duration firstWait = Duration.between(receives.get(0), receives.get(1));
		Duration secondWait = Duration.between(receives.get(1), receives.get(2));
		assertThat(firstWait).isBetween(Duration.ofSeconds(1), VISIBILITY_TIMEOUT.minusSeconds(10));
		assertThat(secondWait).isBetween(Duration.ofSeconds(2), VISIBILITY_TIMEOUT.minusSeconds(10));
		assertThat(this.listener.handled).contains(event);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messagesIn(this.queue)).isZero());
	}

	@Test
	void aRedeliveredEventIsHandledOnceThroughTheDedupeHook() {
		String body = CODEC.encode(committed("o-twice"));

		send(body);
		await().atMost(Duration.ofSeconds(15)).until(() -> this.listener.receivesOf("o-twice").size() == 1);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messagesIn(this.queue)).isZero());
		// As SQS redelivers, or a producer publishes again, after the first was handled.
		send(body);

		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.listener.receivesOf("o-twice").size() == 1);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messagesIn(this.queue)).isZero());
	}

	private void send(String body) {
		String url = url(this.queue);
		this.clients.sqs()
			.sendMessage((request) -> request.queueUrl(url)
				.messageBody(body)
				.messageAttributes(Map.of(EventType.MESSAGE_ATTRIBUTE,
						MessageAttributeValue.builder()
							.dataType("String")
							.stringValue(EventType.STOCK_COMMITTED.wireName())
							.build())));
	}

	private Message receiveOne(String queueName) {
		String url = url(queueName);
		return this.clients.sqs()
			.receiveMessage((request) -> request.queueUrl(url).messageAttributeNames("All").waitTimeSeconds(1))
			.messages()
			.stream()
			.findFirst()
			.orElse(null);
	}

	/** Visible and in flight. */
	private int messagesIn(String queueName) {
		String url = url(queueName);
		Map<QueueAttributeName, String> attributes = this.clients.sqs()
			.getQueueAttributes((request) -> request.queueUrl(url)
				.attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
						QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
			.attributes();
		return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
				+ Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
	}

	private String url(String queueName) {
		return this.clients.sqs().getQueueUrl((request) -> request.queueName(queueName)).queueUrl();
	}

	private static EventEnvelope<StockCommitted> committed(String orderId) {
		return EventEnvelope.wrap(new StockCommitted(orderId), "catalog-service", orderId, Instant.now());
	}

	/** A service that listens, with what the starter gives it and nothing else. */
	@SpringBootConfiguration
	@ImportAutoConfiguration({ CredentialsProviderAutoConfiguration.class, RegionProviderAutoConfiguration.class,
			AwsAutoConfiguration.class, SqsAutoConfiguration.class, ServiceDefaultsAutoConfiguration.class,
			SqsListenerAutoConfiguration.class })
	static class ListeningService {

		@Bean
		CatalogEvents catalogEvents(SqsListenerEdge edge) {
			return new CatalogEvents(edge);
		}

		/** The dedupe hook a service without an atomic inbox would declare. */
		@Bean
		HandledEvents handledEvents() {
			Map<java.util.UUID, Boolean> handled = new ConcurrentHashMap<>();
			return new HandledEvents() {

				@Override
				public boolean wasHandled(java.util.UUID eventId) {
					return handled.containsKey(eventId);
				}

				@Override
				public void markHandled(EventEnvelope<?> event) {
					handled.put(event.eventId(), true);
				}

			};
		}

	}

	/**
	 * A messaging adapter as the services write them: the binding, a one-line delegation,
	 * the handler. Orders named {@code busy-*} fail twice with a retryable failure.
	 */
	static class CatalogEvents implements EventHandler {

		private final SqsListenerEdge edge;

		private final List<EventEnvelope<?>> handled = new CopyOnWriteArrayList<>();

		private final Map<String, List<Instant>> receives = new ConcurrentHashMap<>();

		private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

		CatalogEvents(SqsListenerEdge edge) {
			this.edge = edge;
		}

		@SqsListener("${storesphere.environment}-checkout-catalog-events")
		void onCatalogEvent(org.springframework.messaging.Message<String> message) {
			this.edge.receive(message, this);
		}

		@Override
		public void handle(EventEnvelope<?> event) {
			String orderId = ((StockCommitted) event.payload()).orderId();
			this.receives.computeIfAbsent(orderId, (id) -> new CopyOnWriteArrayList<>()).add(Instant.now());
			if (orderId.startsWith("busy-")
					&& this.failures.computeIfAbsent(orderId, (id) -> new AtomicInteger()).incrementAndGet() <= 2) {
				throw new StoreBusy(orderId);
			}
			this.handled.add(event);
		}

		@Override
		public boolean isRetryable(RuntimeException failure) {
			return failure instanceof StoreBusy;
		}

		List<Instant> receivesOf(String orderId) {
			return this.receives.getOrDefault(orderId, List.of());
		}

	}

	static class StoreBusy extends RuntimeException {

		StoreBusy(String orderId) {
			super("store busy with " + orderId);
		}

	}

}
