package io.storesphere.topology;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.EventType;
import io.storesphere.events.IntegrationEvent;
import io.storesphere.events.OrderCancelled;
import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.PaymentSummary;
import io.storesphere.events.StockCommitted;
import io.storesphere.events.StockLow;
import io.storesphere.events.StockRejected;
import io.storesphere.events.StockShortage;
import io.storesphere.events.UserRegistered;
import io.storesphere.localaws.Endpoints;
import io.storesphere.localaws.LocalAws;
import io.storesphere.topology.bootstrap.AwsClients;
import io.storesphere.topology.bootstrap.BootstrapReport;
import io.storesphere.topology.bootstrap.BootstrapReport.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topology against the emulators: created once, converged on a second run, and
 * routing as designed.
 */
class TopologyBootstrapIT {

	private static final EventCodec CODEC = new EventCodec();

	private static LocalAws aws;

	private static AwsClients clients;

	private final Topology topology = Topology.storeSphere();

	@BeforeAll
	static void startEmulators() throws IOException, InterruptedException {
		aws = LocalAws.start(LocalAws.Options.ephemeral(Path.of("target", "emulator-logs")));
		Endpoints endpoints = aws.endpoints();
		clients = AwsClients.create(Region.of(Endpoints.REGION), endpoints.sns(), endpoints.sqs(), endpoints.dynamoDb(),
				endpoints.s3());
	}

	@AfterAll
	static void stopEmulators() {
		if (clients != null) {
			clients.close();
		}
		if (aws != null) {
			aws.close();
		}
	}

	@Test
	void aSecondBootstrapChangesNothingAndReportsNoError() {
		Environment environment = new Environment("idem");
		BootstrapReport first = clients.bootstrap().apply(this.topology, environment);
		BootstrapReport second = clients.bootstrap().apply(this.topology, environment);

		assertThat(first.changes()).filteredOn((change) -> change.action() == Action.CREATED)
			.hasSize(this.topology.topics().size() + 3 * this.topology.queues().size() + this.topology.tables().size()
					+ this.topology.buckets().size());
		assertThat(second.modifications()).isEmpty();

		assertThat(clients.sqs().listQueues((request) -> request.queueNamePrefix("idem-")).queueUrls())
			.hasSize(2 * this.topology.queues().size());
		assertThat(clients.dynamoDb().listTables().tableNames()).filteredOn((name) -> name.startsWith("idem-"))
			.hasSize(this.topology.tables().size());
		assertThat(clients.dynamoDb()
			.describeTimeToLive((request) -> request.tableName("idem-cart-carts"))
			.timeToLiveDescription()
			.attributeName()).isEqualTo(Topology.TTL_ATTRIBUTE);
		assertThat(clients.dynamoDb()
			.describeTable((request) -> request.tableName("idem-checkout-orders"))
			.table()
			.globalSecondaryIndexes()).hasSize(3);
		assertThat(clients.s3().listBuckets().buckets()).extracting(Bucket::name)
			.filteredOn((name) -> name.startsWith("idem-"))
			.containsExactly("idem-catalog-product-images");
	}

	@Test
	void everyEventTypeReachesExactlyTheQueuesWhoseFilterMatches() {
		Environment environment = new Environment("route");
		clients.bootstrap().apply(this.topology, environment);
		Map<String, String> topicArns = topicArns(environment);

		for (EventType type : EventType.values()) {
			publish(topicArns.get(environment.topicName(type.topic())), type.wireName(),
					CODEC.encode(EventEnvelope.wrap(sample(type), "test", "c-1", Instant.now())));
		}
		// A type nobody subscribes to (a future version) reaches no queue at all.
		publish(topicArns.get(environment.topicName("order-events")), "checkout.order-placed.v2", "{}");

		Map<EventType, Set<String>> reached = new EnumMap<>(EventType.class);
		for (QueueSpec queue : this.topology.queues()) {
			for (Message message : drain(queueUrl(environment.queueName(queue)))) {
				// Raw delivery: the body is the envelope itself, and the type survives as
				// an attribute.
				EventType type = CODEC.decode(message.body()).type();
				assertThat(message.messageAttributes().get(EventType.MESSAGE_ATTRIBUTE).stringValue())
					.isEqualTo(type.wireName());
				assertThat(reached.computeIfAbsent(type, (key) -> new HashSet<>()).add(queue.baseName()))
					.as("%s delivered once to %s", type, queue.baseName())
					.isTrue();
			}
		}
		for (EventType type : EventType.values()) {
			Set<String> expected = new HashSet<>();
			this.topology.queuesReceiving(type).forEach((queue) -> expected.add(queue.baseName()));
			assertThat(reached.getOrDefault(type, Set.of())).as(type.wireName()).isEqualTo(expected);
		}
	}

	@Test
	void aMessageThatIsNeverDeletedLandsInTheDeadLetterQueueAfterFiveReceives() {
		Environment environment = new Environment("dlq");
		clients.bootstrap().apply(this.topology, environment);
		QueueSpec catalogOrders = this.topology.queuesOf("catalog").get(0);
		String queueUrl = queueUrl(environment.queueName(catalogOrders));
		String dlqUrl = queueUrl(environment.deadLetterQueueName(catalogOrders));
		clients.sqs().sendMessage((request) -> request.queueUrl(queueUrl).messageBody("poison"));

		int receives = 0;
		for (int attempt = 0; attempt < Topology.MAX_RECEIVE_COUNT + 3; attempt++) {
			// Visibility 0: the message is back at once, as if the consumer had failed
			// each time.
			List<Message> messages = clients.sqs()
				.receiveMessage((request) -> request.queueUrl(queueUrl)
					.visibilityTimeout(0)
					.waitTimeSeconds(1)
					.messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
				.messages();
			receives += messages.size();
		}
		List<Message> deadLetters = drain(dlqUrl);

		assertThat(receives).isEqualTo(Topology.MAX_RECEIVE_COUNT);
		assertThat(deadLetters).extracting(Message::body).containsExactly("poison");
	}

	private Map<String, String> topicArns(Environment environment) {
		Map<String, String> arns = new java.util.HashMap<>();
		clients.sns().listTopicsPaginator().topics().forEach((topic) -> {
			String arn = topic.topicArn();
			arns.put(arn.substring(arn.lastIndexOf(':') + 1), arn);
		});
		return arns;
	}

	private static void publish(String topicArn, String eventType, String body) {
		clients.sns()
			.publish((request) -> request.topicArn(topicArn)
				.message(body)
				.messageAttributes(Map.of(EventType.MESSAGE_ATTRIBUTE,
						MessageAttributeValue.builder().dataType("String").stringValue(eventType).build())));
	}

	private static String queueUrl(String name) {
		return clients.sqs().getQueueUrl((request) -> request.queueName(name)).queueUrl();
	}

	private static List<Message> drain(String queueUrl) {
		List<Message> all = new ArrayList<>();
		while (true) {
			List<Message> batch = clients.sqs()
				.receiveMessage((request) -> request.queueUrl(queueUrl)
					.maxNumberOfMessages(10)
					.waitTimeSeconds(1)
					.messageAttributeNames("All"))
				.messages();
			if (batch.isEmpty()) {
				return all;
			}
			for (Message message : batch) {
				clients.sqs()
					.deleteMessage((request) -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
			}
			all.addAll(batch);
		}
	}

	private static IntegrationEvent sample(EventType type) {
		Instant now = Instant.now();
		OrderLine line = new OrderLine("p-1", "Pen", new BigDecimal("2.50"), 2, new BigDecimal("5.00"));
		return switch (type) {
			case USER_REGISTERED -> new UserRegistered("u-1", "Ann", "ann@example.com", now);
			case ORDER_PLACED -> new OrderPlaced("o-1", "SS-1", "u-1", "Ann", "ann@example.com", List.of(line), 2,
					new BigDecimal("5.00"), new BigDecimal("0.08"), new BigDecimal("0.40"), new BigDecimal("5.40"),
					"USD", new PaymentSummary("pay-1", "VISA", "4242"), now);
			case ORDER_CANCELLED -> new OrderCancelled("o-1", "SS-1", "u-1", "Ann", "ann@example.com", "out of stock",
					new BigDecimal("5.40"), "USD", List.of(line), now);
			case STOCK_COMMITTED -> new StockCommitted("o-1");
			case STOCK_REJECTED -> new StockRejected("o-1", List.of(new StockShortage("p-1", 2, 1)));
			case STOCK_LOW -> new StockLow("p-1", "Pen", 3, 10, now);
		};
	}

}
