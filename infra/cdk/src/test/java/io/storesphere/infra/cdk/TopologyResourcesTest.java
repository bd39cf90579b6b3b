package io.storesphere.infra.cdk;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.storesphere.events.EventType;
import io.storesphere.topology.Environment;
import io.storesphere.topology.QueueSpec;
import io.storesphere.topology.TableSpec;
import io.storesphere.topology.TableSpec.IndexSpec;
import io.storesphere.topology.Topology;
import org.junit.jupiter.api.Test;

import static io.storesphere.infra.cdk.Synthesized.list;
import static io.storesphere.infra.cdk.Synthesized.map;
import static io.storesphere.infra.cdk.Synthesized.properties;
import static io.storesphere.infra.cdk.Synthesized.render;
import static io.storesphere.infra.cdk.Synthesized.resource;
import static io.storesphere.infra.cdk.Synthesized.resources;
import static io.storesphere.infra.cdk.Synthesized.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template holds exactly the topology: the same definition the local bootstrap and
 * the tests create, here as CloudFormation.
 */
class TopologyResourcesTest {

	private final Map<String, Object> template = Synthesized.stacks().main;

	private final Topology topology = Topology.storeSphere();

	private final Environment environment = new Environment(Synthesized.ENV);

	@Test
	void everyTableIsOnDemandWithPointInTimeRecoveryItsKeysIndexesAndTtl() {
		Map<String, Map<String, Object>> tables = new TreeMap<>();
		resources(this.template, "AWS::DynamoDB::Table").values()
			.forEach((table) -> tables.put((String) properties(table).get("TableName"), properties(table)));
		assertThat(tables.keySet()).isEqualTo(this.topology.tables()
			.stream()
			.map(this.environment::tableName)
			.collect(Collectors.toCollection(TreeSet::new)));
		for (TableSpec spec : this.topology.tables()) {
			Map<String, Object> table = tables.get(this.environment.tableName(spec));
			assertThat(table).as(spec.baseName())
				.containsEntry("BillingMode", "PAY_PER_REQUEST")
				.containsEntry("PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true))
				.containsEntry("DeletionProtectionEnabled", true);
			assertThat(list(table.get("KeySchema"))).as(spec.baseName())
				.first()
				.isEqualTo(Map.of("AttributeName", spec.partitionKey().name(), "KeyType", "HASH"));
			spec.sortKeyIfAny()
				.ifPresent((key) -> assertThat(list(table.get("KeySchema")))
					.contains(Map.of("AttributeName", key.name(), "KeyType", "RANGE")));
			if (spec.ttlAttributeIfAny().isPresent()) {
				assertThat(table).as(spec.baseName())
					.containsEntry("TimeToLiveSpecification",
							Map.of("AttributeName", spec.ttlAttribute(), "Enabled", true));
			}
			else {
				assertThat(table).as(spec.baseName()).doesNotContainKey("TimeToLiveSpecification");
			}
			Set<String> indexes = list(table.get("GlobalSecondaryIndexes")).stream()
				.map((index) -> map(index).get("IndexName") + " "
						+ map(map(index).get("Projection")).get("ProjectionType"))
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(indexes).as(spec.baseName())
				.isEqualTo(spec.indexes()
					.stream()
					.map(IndexSpec::name)
					.map((name) -> name + " ALL")
					.collect(Collectors.toCollection(TreeSet::new)));
		}
	}

	@Test
	void everyBucketIsPrivateEncryptedTlsOnlyAndRetained() {
		Map<String, Map<String, Object>> buckets = resources(this.template, "AWS::S3::Bucket");
		assertThat(buckets.keySet().stream().map((id) -> render(this.template, Map.of("Ref", id))))
			.containsExactlyInAnyOrderElementsOf(this.topology.buckets()
				.stream()
				.map((spec) -> "bucket/" + this.environment.bucketName(spec))
				.toList());
		Map<String, Map<String, Object>> policies = new TreeMap<>();
		resources(this.template, "AWS::S3::BucketPolicy").values()
			.forEach((policy) -> policies.put(target(properties(policy).get("Bucket")), properties(policy)));
		buckets.forEach((id, bucket) -> {
			Map<String, Object> properties = properties(bucket);
			assertThat(bucket).as(id)
				.containsEntry("DeletionPolicy", "Retain")
				.containsEntry("UpdateReplacePolicy", "Retain");
			assertThat(properties).as("CloudFormation names it: bucket names are global")
				.doesNotContainKey("BucketName");
			assertThat(properties.get("PublicAccessBlockConfiguration")).isEqualTo(Map.of("BlockPublicAcls", true,
					"BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true));
			assertThat(properties.get("BucketEncryption")).isEqualTo(Map.of("ServerSideEncryptionConfiguration",
					List.of(Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))));
			assertThat(properties.get("OwnershipControls").toString()).contains("BucketOwnerEnforced");
			assertThat(properties).doesNotContainKeys("WebsiteConfiguration", "AccessControl", "CorsConfiguration");
			List<Object> statements = list(map(policies.get(id).get("PolicyDocument")).get("Statement"));
			assertThat(statements).as("the bucket policy only refuses plain HTTP").singleElement().satisfies((only) -> {
				Map<String, Object> statement = map(only);
				assertThat(statement).containsEntry("Effect", "Deny")
					.containsEntry("Principal", Map.of("AWS", "*"))
					.containsEntry("Action", "s3:*")
					.containsEntry("Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")));
			});
		});
	}

	@Test
	void everyQueueHasADeadLetterQueueAfterFiveReceivesAndAnAlarmOnIt() {
		Map<String, Map<String, Object>> queues = queuesByName();
		assertThat(queues).hasSize(2 * this.topology.queues().size());
		Map<String, String> alarmedQueues = alarmsByQueueName();
		for (QueueSpec spec : this.topology.queues()) {
			Map<String, Object> queue = queues.get(this.environment.queueName(spec));
			assertThat(queue).as(spec.baseName()).isNotNull();
			Map<String, Object> redrive = map(queue.get("RedrivePolicy"));
			assertThat(redrive.get("maxReceiveCount")).isEqualTo(Topology.MAX_RECEIVE_COUNT);
			String deadLetterQueue = render(this.template, redrive.get("deadLetterTargetArn"));
			assertThat(deadLetterQueue).isEqualTo("queue/" + this.environment.deadLetterQueueName(spec));
			assertThat(queue).containsEntry("VisibilityTimeout", (int) Topology.VISIBILITY_TIMEOUT.toSeconds())
				.containsEntry("SqsManagedSseEnabled", true);
			assertThat(queues.get(this.environment.deadLetterQueueName(spec)))
				.containsEntry("MessageRetentionPeriod", (int) Topology.DEAD_LETTER_RETENTION.toSeconds())
				.doesNotContainKey("RedrivePolicy");
			assertThat(alarmedQueues).as("an alarm on the dead-letter queue of " + spec.baseName())
				.containsKey(this.environment.deadLetterQueueName(spec));
		}
	}

	@Test
	void deadLetterAlarmsFireOnTheFirstMessageAndNotifyOperators() {
		resources(this.template, "AWS::CloudWatch::Alarm").values()
			.stream()
			.map(Synthesized::properties)
			.filter((alarm) -> String.valueOf(alarm.get("AlarmName")).endsWith("-dlq-not-empty"))
			.forEach((alarm) -> {
				assertThat(alarm).containsEntry("MetricName", "ApproximateNumberOfMessagesVisible")
					.containsEntry("ComparisonOperator", "GreaterThanThreshold")
					.containsEntry("Threshold", 0)
					.containsEntry("TreatMissingData", "notBreaching");
				assertThat(render(this.template, list(alarm.get("AlarmActions")).get(0)))
					.isEqualTo("topic/prod-ops-alarms");
			});
		assertThat(alarmsByQueueName()).hasSize(this.topology.queues().size());
	}

	@Test
	void everyQueueIsSubscribedRawToItsTopicWithItsFilterPolicy() {
		Map<String, Map<String, Object>> subscriptions = new TreeMap<>();
		resources(this.template, "AWS::SNS::Subscription").values()
			.stream()
			.map(Synthesized::properties)
			.filter((subscription) -> "sqs".equals(subscription.get("Protocol")))
			.forEach((subscription) -> subscriptions.put(render(this.template, subscription.get("Endpoint")),
					subscription));
		assertThat(subscriptions).hasSize(this.topology.queues().size());
		for (QueueSpec spec : this.topology.queues()) {
			Map<String, Object> subscription = subscriptions.get("queue/" + this.environment.queueName(spec));
			assertThat(subscription).as(spec.baseName()).containsEntry("RawMessageDelivery", true);
			assertThat(render(this.template, subscription.get("TopicArn")))
				.isEqualTo("topic/" + this.environment.topicName(spec.topic()));
			assertThat(subscription.get("FilterPolicy")).isEqualTo(
					Map.of(EventType.MESSAGE_ATTRIBUTE, spec.eventTypes().stream().map(EventType::wireName).toList()));
		}
	}

	@Test
	void theTopicsAreTheTopologysPlusTheOperatorsAlarmTopicEachWithAnEmailSubscription() {
		Set<String> topics = resources(this.template, "AWS::SNS::Topic").values()
			.stream()
			.map((topic) -> (String) properties(topic).get("TopicName"))
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> expected = this.topology.topics()
			.stream()
			.map(this.environment::topicName)
			.collect(Collectors.toCollection(TreeSet::new));
		expected.add("prod-ops-alarms");
		assertThat(topics).isEqualTo(expected);
		Map<String, String> emails = new TreeMap<>();
		resources(this.template, "AWS::SNS::Subscription").values()
			.stream()
			.map(Synthesized::properties)
			.filter((subscription) -> "email".equals(subscription.get("Protocol")))
			.forEach((subscription) -> emails.put(render(this.template, subscription.get("TopicArn")),
					render(this.template, subscription.get("Endpoint"))));
		assertThat(emails).isEqualTo(
				Map.of("topic/prod-admin-alerts", "{AdminAlertEmail}", "topic/prod-ops-alarms", "{OpsAlarmEmail}"));
	}

	@Test
	void theGatewaysErrorRateAndP99LatencyAreAlarmedAndEverythingIsOnADashboard() {
		Map<String, Map<String, Object>> alarms = new TreeMap<>();
		resources(this.template, "AWS::CloudWatch::Alarm").values()
			.stream()
			.map(Synthesized::properties)
			.forEach((alarm) -> alarms.put(String.valueOf(alarm.get("AlarmName")), alarm));
		Map<String, Object> errors = alarms.get("prod-gateway-5xx-rate");
		assertThat(errors.toString()).contains("HTTPCode_Target_5XX_Count", "HTTPCode_ELB_5XX_Count", "RequestCount");
		assertThat(errors).containsEntry("Threshold", 5);
		assertThat(alarms.get("prod-gateway-p99-latency")).containsEntry("ExtendedStatistic", "p99")
			.containsEntry("MetricName", "TargetResponseTime");
		for (String name : List.of("prod-gateway-5xx-rate", "prod-gateway-p99-latency")) {
			assertThat(render(this.template, list(alarms.get(name).get("AlarmActions")).get(0)))
				.isEqualTo("topic/prod-ops-alarms");
		}
		assertThat(resources(this.template, "AWS::CloudWatch::Dashboard").values()).singleElement()
			.satisfies((dashboard) -> assertThat(properties(dashboard)).containsEntry("DashboardName",
					"prod-storesphere"));
	}

	private Map<String, Map<String, Object>> queuesByName() {
		Map<String, Map<String, Object>> queues = new TreeMap<>();
		resources(this.template, "AWS::SQS::Queue").values()
			.forEach((queue) -> queues.put((String) properties(queue).get("QueueName"), properties(queue)));
		return queues;
	}

	/** Queue name to the name of the alarm on its visible messages. */
	private Map<String, String> alarmsByQueueName() {
		Map<String, String> alarms = new TreeMap<>();
		resources(this.template, "AWS::CloudWatch::Alarm").values()
			.stream()
			.map(Synthesized::properties)
			.filter((alarm) -> alarm.containsKey("AlarmName") && alarm.containsKey("Dimensions"))
			.forEach((alarm) -> list(alarm.get("Dimensions")).stream()
				.map(Synthesized::map)
				.filter((dimension) -> "QueueName".equals(dimension.get("Name")))
				.forEach((dimension) -> alarms.put(
						(String) properties(resource(this.template, target(dimension.get("Value")))).get("QueueName"),
						(String) alarm.get("AlarmName"))));
		return alarms;
	}

}
