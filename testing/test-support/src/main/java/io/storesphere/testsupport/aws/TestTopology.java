package io.storesphere.testsupport.aws;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.EventType;
import io.storesphere.localaws.Endpoints;
import io.storesphere.topology.Environment;
import io.storesphere.topology.Topology;
import io.storesphere.topology.bootstrap.AwsClients;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.Topic;

/**
 * Creates the whole topology under a fresh environment name, so tests never see each
 * other's messages.
 */
public final class TestTopology {

	private static final EventCodec CODEC = new EventCodec();

	private TestTopology() {
	}

	/** A new, random environment such as {@code t3f9a0c12}. */
	public static Environment freshEnvironment() {
		byte[] random = new byte[4];
		ThreadLocalRandom.current().nextBytes(random);
		return new Environment("t" + HexFormat.of().formatHex(random));
	}

	/** Bootstraps the topology for a fresh environment and returns it. */
	public static Environment bootstrapFresh(Endpoints endpoints) {
		Environment environment = freshEnvironment();
		try (AwsClients clients = clients(endpoints)) {
			clients.bootstrap().apply(Topology.storeSphere(), environment);
		}
		return environment;
	}

	/** The ARN of a topic, by its full name (e.g. {@code t1a2b3c4d-order-events}). */
	public static String topicArn(AwsClients clients, String topicName) {
		return clients.sns()
			.listTopicsPaginator()
			.topics()
			.stream()
			.map(Topic::topicArn)
			.filter((arn) -> arn.endsWith(":" + topicName))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No topic " + topicName));
	}

	/**
	 * Publishes an event as its producer does: the envelope as the body, its type as an
	 * attribute.
	 */
	public static void publish(AwsClients clients, String topicName, EventEnvelope<?> event) {
		String topicArn = topicArn(clients, topicName);
		clients.sns()
			.publish((request) -> request.topicArn(topicArn)
				.message(CODEC.encode(event))
				.messageAttributes(Map.of(EventType.MESSAGE_ATTRIBUTE,
						MessageAttributeValue.builder().dataType("String").stringValue(event.eventType()).build())));
	}

	/** SDK clients for the emulators; close them when done. */
	public static AwsClients clients(Endpoints endpoints) {
		return AwsClients.create(Region.of(Endpoints.REGION), endpoints.sns(), endpoints.sqs(), endpoints.dynamoDb(),
				endpoints.s3());
	}

}
