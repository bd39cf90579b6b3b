package io.storesphere.topology.bootstrap;

import java.util.ArrayList;
import java.util.List;

import io.storesphere.topology.Environment;
import io.storesphere.topology.Topology;
import io.storesphere.topology.bootstrap.BootstrapReport.Change;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Creates a {@link Topology} in an account or emulator, converging: what exists and
 * matches is left alone, what differs is updated, what is missing is created. Running it
 * twice changes nothing the second time.
 */
public final class TopologyBootstrap {

	private final Messaging messaging;

	private final Tables tables;

	private final Buckets buckets;

	public TopologyBootstrap(SnsClient sns, SqsClient sqs, DynamoDbClient dynamoDb, S3Client s3) {
		this.messaging = new Messaging(sns, sqs);
		this.tables = new Tables(dynamoDb);
		this.buckets = new Buckets(s3);
	}

	/** Topics, queues and subscriptions first, then the tables, then the buckets. */
	public BootstrapReport apply(Topology topology, Environment environment) {
		List<Change> changes = new ArrayList<>();
		changes.addAll(this.messaging.ensure(topology, environment));
		changes.addAll(this.tables.ensure(topology, environment));
		changes.addAll(this.buckets.ensure(topology, environment));
		return new BootstrapReport(changes);
	}

}
