package io.storesphere.topology.bootstrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.storesphere.topology.BucketSpec;
import io.storesphere.topology.Environment;
import io.storesphere.topology.QueueSpec;
import io.storesphere.topology.TableSpec;
import io.storesphere.topology.TableSpec.IndexSpec;
import io.storesphere.topology.TableSpec.KeyAttribute;
import io.storesphere.topology.Topology;
import io.storesphere.topology.bootstrap.BootstrapReport.Action;
import io.storesphere.topology.bootstrap.BootstrapReport.Change;
import io.storesphere.topology.bootstrap.BootstrapReport.Kind;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sns.model.Topic;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * Creates a {@link Topology} in an account or emulator, converging: what exists and
 * matches is left alone, what differs is updated, what is missing is created. Running it
 * twice changes nothing the second time.
 */
public final class TopologyBootstrap {

	private final SnsClient sns;

	private final SqsClient sqs;

	private final DynamoDbClient dynamoDb;

	private final S3Client s3;

	public TopologyBootstrap(SnsClient sns, SqsClient sqs, DynamoDbClient dynamoDb, S3Client s3) {
		this.sns = sns;
		this.sqs = sqs;
		this.dynamoDb = dynamoDb;
		this.s3 = s3;
	}

	public BootstrapReport apply(Topology topology, Environment environment) {
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
		for (TableSpec table : topology.tables()) {
			changes.add(ensureTable(table, environment.tableName(table)));
		}
		for (BucketSpec bucket : topology.buckets()) {
			changes.add(ensureBucket(environment.bucketName(bucket)));
		}
		return new BootstrapReport(changes);
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

	private Change ensureTable(TableSpec table, String name) {
		Action action;
		try {
			this.dynamoDb.describeTable((request) -> request.tableName(name));
			action = Action.UNCHANGED;
		}
		catch (ResourceNotFoundException missing) {
			this.dynamoDb.createTable(createTableRequest(table, name));
			this.dynamoDb.waiter().waitUntilTableExists((request) -> request.tableName(name));
			action = Action.CREATED;
		}
		if (table.ttlAttributeIfAny().isPresent() && !ttlEnabled(name)) {
			this.dynamoDb.updateTimeToLive((request) -> request.tableName(name)
				.timeToLiveSpecification((ttl) -> ttl.attributeName(table.ttlAttribute()).enabled(true)));
			action = (action == Action.CREATED) ? Action.CREATED : Action.UPDATED;
		}
		return new Change(Kind.TABLE, name, action);
	}

	/**
	 * Creates the bucket if missing. New buckets are private with public access blocked
	 * and SSE-S3 by default; on AWS the CDK sets that explicitly.
	 */
	private Change ensureBucket(String name) {
		try {
			this.s3.headBucket((request) -> request.bucket(name));
			return new Change(Kind.BUCKET, name, Action.UNCHANGED);
		}
		catch (NoSuchBucketException missing) {
			String region = this.s3.serviceClientConfiguration().region().id();
			this.s3.createBucket((request) -> {
				request.bucket(name);
				// us-east-1 is the default location and refuses to be named as a
				// constraint.
				if (!"us-east-1".equals(region)) {
					request.createBucketConfiguration((configuration) -> configuration
						.locationConstraint(BucketLocationConstraint.fromValue(region)));
				}
			});
			return new Change(Kind.BUCKET, name, Action.CREATED);
		}
	}

	private boolean ttlEnabled(String tableName) {
		TimeToLiveStatus status = this.dynamoDb.describeTimeToLive((request) -> request.tableName(tableName))
			.timeToLiveDescription()
			.timeToLiveStatus();
		return status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING;
	}

	private static CreateTableRequest createTableRequest(TableSpec table, String name) {
		Map<String, AttributeDefinition> definitions = new HashMap<>();
		define(definitions, table.partitionKey());
		table.sortKeyIfAny().ifPresent((key) -> define(definitions, key));
		List<GlobalSecondaryIndex> indexes = new ArrayList<>();
		for (IndexSpec index : table.indexes()) {
			define(definitions, index.partitionKey());
			index.sortKeyIfAny().ifPresent((key) -> define(definitions, key));
			indexes.add(GlobalSecondaryIndex.builder()
				.indexName(index.name())
				.keySchema(keySchema(index.partitionKey(), index.sortKey()))
				.projection((projection) -> projection.projectionType(ProjectionType.ALL))
				.build());
		}
		CreateTableRequest.Builder request = CreateTableRequest.builder()
			.tableName(name)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(definitions.values())
			.keySchema(keySchema(table.partitionKey(), table.sortKey()));
		if (!indexes.isEmpty()) {
			request.globalSecondaryIndexes(indexes);
		}
		return request.build();
	}

	private static void define(Map<String, AttributeDefinition> definitions, KeyAttribute key) {
		definitions.put(key.name(),
				AttributeDefinition.builder()
					.attributeName(key.name())
					.attributeType(ScalarAttributeType.fromValue(key.type().name()))
					.build());
	}

	private static List<KeySchemaElement> keySchema(KeyAttribute partitionKey, KeyAttribute sortKey) {
		List<KeySchemaElement> schema = new ArrayList<>();
		schema.add(KeySchemaElement.builder().attributeName(partitionKey.name()).keyType(KeyType.HASH).build());
		if (sortKey != null) {
			schema.add(KeySchemaElement.builder().attributeName(sortKey.name()).keyType(KeyType.RANGE).build());
		}
		return schema;
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
