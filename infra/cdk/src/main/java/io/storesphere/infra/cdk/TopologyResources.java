package io.storesphere.infra.cdk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.storesphere.events.EventType;
import io.storesphere.topology.BucketSpec;
import io.storesphere.topology.Environment;
import io.storesphere.topology.QueueSpec;
import io.storesphere.topology.TableSpec;
import io.storesphere.topology.TableSpec.IndexSpec;
import io.storesphere.topology.TableSpec.KeyAttribute;
import io.storesphere.topology.Topology;
import software.constructs.Construct;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.sns.StringConditions;
import software.amazon.awscdk.services.sns.SubscriptionFilter;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.SqsSubscription;
import software.amazon.awscdk.services.sns.subscriptions.SqsSubscriptionProps;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;

/**
 * The topology made CloudFormation: exactly what the bootstrap creates locally, from the
 * same {@link Topology} — topics, one queue per consumer and topic with its dead-letter
 * queue, raw-delivery subscriptions filtered on {@code eventType}, the DynamoDB tables
 * (on demand, point-in-time recovery, TTL, GSIs) and the S3 buckets (private, encrypted,
 * TLS only). Nothing here names a topic, queue, table or bucket itself.
 */
public class TopologyResources extends Construct {

	/**
	 * The tag holding a bucket's topology name, e.g. {@code prod-catalog-product-images}:
	 * its real name is generated.
	 */
	public static final String TOPOLOGY_BUCKET_TAG = "storesphere:bucket";

	private final Map<String, Topic> topics = new LinkedHashMap<>();

	private final Map<String, Queue> queues = new LinkedHashMap<>();

	private final Map<String, Queue> deadLetterQueues = new LinkedHashMap<>();

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private final Map<String, TableSpec> tableSpecs = new LinkedHashMap<>();

	private final Map<String, Bucket> buckets = new LinkedHashMap<>();

	public TopologyResources(Construct scope, String id, Topology topology, Environment environment) {
		super(scope, id);
		for (String topic : topology.topics()) {
			this.topics.put(topic,
					Topic.Builder.create(this, "Topic-" + topic).topicName(environment.topicName(topic)).build());
		}
		for (QueueSpec spec : topology.queues()) {
			addQueue(spec, environment);
		}
		for (TableSpec spec : topology.tables()) {
			this.tables.put(spec.baseName(), table(spec, environment));
			this.tableSpecs.put(spec.baseName(), spec);
		}
		for (BucketSpec spec : topology.buckets()) {
			this.buckets.put(spec.baseName(), bucket(spec, environment));
		}
	}

	private void addQueue(QueueSpec spec, Environment environment) {
		Queue deadLetters = Queue.Builder.create(this, "Dlq-" + spec.baseName())
			.queueName(environment.deadLetterQueueName(spec))
			.retentionPeriod(seconds(Topology.DEAD_LETTER_RETENTION))
			.encryption(QueueEncryption.SQS_MANAGED)
			.enforceSsl(true)
			.build();
		Queue queue = Queue.Builder.create(this, "Queue-" + spec.baseName())
			.queueName(environment.queueName(spec))
			.visibilityTimeout(seconds(Topology.VISIBILITY_TIMEOUT))
			.retentionPeriod(seconds(Topology.RETENTION))
			.deadLetterQueue(
					DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(Topology.MAX_RECEIVE_COUNT).build())
			// SQS-managed keys: SNS can deliver without a KMS key policy.
			.encryption(QueueEncryption.SQS_MANAGED)
			.enforceSsl(true)
			.build();
		List<String> accepted = spec.eventTypes().stream().map(EventType::wireName).toList();
		// Also writes the queue policy that lets only this topic send to the queue.
		this.topics.get(spec.topic())
			.addSubscription(new SqsSubscription(queue, SqsSubscriptionProps.builder()
				.rawMessageDelivery(true)
				.filterPolicy(Map.of(EventType.MESSAGE_ATTRIBUTE,
						SubscriptionFilter.stringFilter(StringConditions.builder().allowlist(accepted).build())))
				.build()));
		this.queues.put(spec.baseName(), queue);
		this.deadLetterQueues.put(spec.baseName(), deadLetters);
	}

	private Table table(TableSpec spec, Environment environment) {
		Table.Builder table = Table.Builder.create(this, "Table-" + spec.baseName())
			.tableName(environment.tableName(spec))
			.partitionKey(attribute(spec.partitionKey()))
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.pointInTimeRecoverySpecification(
					PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
			.deletionProtection(true)
			.removalPolicy(RemovalPolicy.RETAIN);
		spec.sortKeyIfAny().ifPresent((key) -> table.sortKey(attribute(key)));
		spec.ttlAttributeIfAny().ifPresent(table::timeToLiveAttribute);
		Table built = table.build();
		for (IndexSpec index : spec.indexes()) {
			GlobalSecondaryIndexProps.Builder props = GlobalSecondaryIndexProps.builder()
				.indexName(index.name())
				.partitionKey(attribute(index.partitionKey()))
				.projectionType(ProjectionType.ALL);
			index.sortKeyIfAny().ifPresent((key) -> props.sortKey(attribute(key)));
			built.addGlobalSecondaryIndex(props.build());
		}
		return built;
	}

	/**
	 * Bucket names are global across AWS accounts, so CloudFormation names it (after the
	 * stack, hence the environment) and the owner receives the name; the tag says which
	 * topology bucket it is.
	 */
	private Bucket bucket(BucketSpec spec, Environment environment) {
		Bucket bucket = Bucket.Builder.create(this, "Bucket-" + spec.baseName())
			.encryption(BucketEncryption.S3_MANAGED)
			.blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
			.objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
			.enforceSsl(true)
			.removalPolicy(RemovalPolicy.RETAIN)
			.build();
		Tags.of(bucket).add(TOPOLOGY_BUCKET_TAG, environment.bucketName(spec));
		return bucket;
	}

	private static Attribute attribute(KeyAttribute key) {
		AttributeType type = (key.type() == KeyAttribute.Type.N) ? AttributeType.NUMBER : AttributeType.STRING;
		return Attribute.builder().name(key.name()).type(type).build();
	}

	private static Duration seconds(java.time.Duration duration) {
		return Duration.seconds(duration.toSeconds());
	}

	public Map<String, Topic> topics() {
		return this.topics;
	}

	/** By the queue's base name, e.g. {@code catalog-order-events}. */
	public Map<String, Queue> queues() {
		return this.queues;
	}

	/** By the base name of the queue they serve. */
	public Map<String, Queue> deadLetterQueues() {
		return this.deadLetterQueues;
	}

	public Map<String, Table> tables() {
		return this.tables;
	}

	public Table table(String baseName) {
		return require(this.tables, baseName, "table");
	}

	public boolean tableHasIndexes(String baseName) {
		return !require(this.tableSpecs, baseName, "table").indexes().isEmpty();
	}

	/** By the bucket's base name, e.g. {@code catalog-product-images}. */
	public Map<String, Bucket> buckets() {
		return this.buckets;
	}

	public Bucket bucket(String baseName) {
		return require(this.buckets, baseName, "bucket");
	}

	public Queue queue(String baseName) {
		return require(this.queues, baseName, "queue");
	}

	public Topic topic(String baseName) {
		return require(this.topics, baseName, "topic");
	}

	private static <T> T require(Map<String, T> resources, String baseName, String kind) {
		T resource = resources.get(baseName);
		if (resource == null) {
			throw new IllegalArgumentException("The topology has no " + kind + " '" + baseName + "'");
		}
		return resource;
	}

}
