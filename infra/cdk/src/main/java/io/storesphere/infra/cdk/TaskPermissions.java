package io.storesphere.infra.cdk;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.storesphere.events.EventType;
import io.storesphere.events.Topics;
import io.storesphere.topology.BucketSpec;
import io.storesphere.topology.QueueSpec;
import io.storesphere.topology.TableSpec;
import io.storesphere.topology.Topology;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * What each service's task role may do: THE place to change when a service's code starts
 * (or stops) calling an AWS API. Every grant names the service's own resources by their
 * topology base names; {@link #check(Topology, Map)} refuses a grant on another service's
 * table, queue, topic or bucket, and a consumer without a grant for one of its queues.
 * The comments name the code each grant comes from; {@code TaskRolePermissionsTest} holds
 * the same table, written out, and fails on any drift.
 *
 * <p>
 * DynamoDB transactions ({@code TransactWriteItems}) are authorised per item, by the
 * item's {@code PutItem}, {@code UpdateItem}, {@code DeleteItem} or
 * {@code ConditionCheckItem}. {@code Query} on an index needs the index's ARN, not the
 * table's.
 *
 * <p>
 * Publishers receive their topic's ARN in a variable: Spring Cloud AWS's
 * {@code TopicsListingTopicArnResolver} passes an ARN through untouched, while a bare
 * name makes it call {@code sns:ListTopics}, which IAM cannot restrict to one topic (it
 * would need {@code "Resource": "*"}).
 */
public final class TaskPermissions {

	/**
	 * What a Spring Cloud AWS {@code @SqsListener} calls: the queue URL and attributes at
	 * start, then receive, delete (also in batches) and visibility changes (also in
	 * batches; the batch calls are authorised by these actions).
	 */
	public static final List<String> SQS_CONSUME = List.of("sqs:GetQueueUrl", "sqs:GetQueueAttributes",
			"sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility");

	/**
	 * What the starter's SQS listener edge calls on a consumed queue's dead-letter queue
	 * (its {@code SqsDeadLetters}): the URL, found from the {@code RedrivePolicy}, and
	 * the send that moves a message that can never be decoded there at once.
	 */
	public static final List<String> SQS_DEAD_LETTER = List.of("sqs:GetQueueUrl", "sqs:SendMessage");

	private TaskPermissions() {
	}

	/**
	 * Per service, in the order of {@link Services#storeSphere()}; the comments name the
	 * code (under the service's package) that makes the calls.
	 */
	public static Map<String, List<Grant>> storeSphere() {
		Map<String, List<Grant>> grants = new LinkedHashMap<>();
		grants.put("gateway", List.of(
				// ratelimit/persistence/DynamoDbAttemptCounter
				table("gateway-rate-limits").allow("UpdateItem")));
		grants.put("identity", List.of(
				// outbox/messaging/UserRegisteredRelay, through the starter's
				// SnsEventPublisher
				publish(Topics.IDENTITY_EVENTS, "STORESPHERE_IDENTITY_OUTBOX_TOPIC")));
		grants.put("catalog", List.of(
				// product/persistence/DynamoDbProductStore, and the stock ledger's
				// batch reads and transactional deductions
				table("catalog-products").allow("GetItem", "BatchGetItem", "PutItem", "UpdateItem", "DeleteItem"),
				indexesOf("catalog-products").allow("Query"),
				// image/persistence/S3ImageStore: objects only, never the bucket
				// itself (no listing, no bucket settings)
				objectsIn("catalog-product-images", "STORESPHERE_CATALOG_IMAGESBUCKET").allow("GetObject", "PutObject",
						"DeleteObject"),
				// stock/persistence (stock levels and order progress)
				table("catalog-inbox").allow("GetItem", "PutItem", "UpdateItem"),
				indexesOf("catalog-inbox").allow("Query"),
				// stock/messaging
				consume("catalog-order-events"),
				publish(Topics.CATALOG_EVENTS, "STORESPHERE_CATALOG_CATALOGEVENTSTOPIC")));
		grants.put("cart", List.of(
				// shopping/persistence/DynamoCartStore: versioned puts, alone
				// or in one transaction with the inbox record
				table("cart-carts").allow("GetItem", "PutItem"), table("cart-inbox").allow("GetItem", "PutItem"),
				// shopping/messaging/OrderEventsListener
				consume("cart-order-events")));
		grants.put("checkout", List.of(
				// order/persistence/DynamoOrders: orders are put whole
				table("checkout-orders").allow("GetItem", "PutItem"), indexesOf("checkout-orders").allow("Query"),
				// idempotency/persistence/DynamoIdempotencyKeys,
				// order/persistence/DynamoOrders
				table("checkout-idempotency-keys").allow("GetItem", "PutItem", "UpdateItem", "DeleteItem"),
				table("checkout-inbox").allow("GetItem", "PutItem"),
				// saga/messaging/CatalogEventListener
				consume("checkout-catalog-events"),
				// order/messaging (the outbox relay), through the starter's
				// SnsEventPublisher
				publish(Topics.ORDER_EVENTS, "STORESPHERE_CHECKOUT_ORDEREVENTSTOPIC")));
		grants.put("notification", List.of(
				// delivery/persistence/DynamoDbDeliveryClaims, DynamoDbNotificationLog
				table("notification-dedupe").allow("GetItem", "PutItem", "UpdateItem", "DeleteItem"),
				table("notification-log").allow("PutItem", "Query"),
				// messaging/NotificationListener
				consume("notification-order-events", "notification-catalog-events"),
				// alert/messaging/SnsAlertPublisher
				publish(Topics.ADMIN_ALERTS, "STORESPHERE_NOTIFICATION_ADMINALERTSTOPIC"),
				// mail/remote/SesMailSender (SES v1)
				new SendEmail()));
		grants.put("analytics", List.of(
				// sales/messaging/SalesEventListener
				consume("analytics-identity-events", "analytics-order-events")));
		return grants;
	}

	/**
	 * Fails when a grant names another service's resource, or a consumer lacks one of its
	 * queues.
	 */
	public static void check(Topology topology, Map<String, List<Grant>> grants) {
		grants.forEach((service, list) -> {
			Set<String> ownTables = topology.tablesOf(service)
				.stream()
				.map(TableSpec::baseName)
				.collect(Collectors.toSet());
			Set<String> ownBuckets = topology.bucketsOf(service)
				.stream()
				.map(BucketSpec::baseName)
				.collect(Collectors.toSet());
			Set<String> ownQueues = topology.queuesOf(service)
				.stream()
				.map(QueueSpec::baseName)
				.collect(Collectors.toCollection(TreeSet::new));
			Set<String> consumed = new TreeSet<>();
			for (Grant grant : list) {
				if (grant instanceof DynamoDb dynamoDb) {
					dynamoDb.tables()
						.stream()
						.filter((table) -> !ownTables.contains(table))
						.findFirst()
						.ifPresent((table) -> fail(service, "table " + table));
				}
				else if (grant instanceof Consume consume) {
					consume.queues()
						.stream()
						.filter((queue) -> !ownQueues.contains(queue))
						.findFirst()
						.ifPresent((queue) -> fail(service, "queue " + queue));
					consumed.addAll(consume.queues());
				}
				else if (grant instanceof Publish publish && !publishes(service, publish.topic())) {
					fail(service, "topic " + publish.topic());
				}
				else if (grant instanceof S3Objects objects && !ownBuckets.contains(objects.bucket())) {
					fail(service, "bucket " + objects.bucket());
				}
			}
			if (!consumed.equals(ownQueues)) {
				throw new IllegalStateException(
						service + " consumes " + ownQueues + " in the topology but is granted " + consumed);
			}
		});
	}

	private static boolean publishes(String service, String topic) {
		if (Topics.ADMIN_ALERTS.equals(topic)) {
			return "notification".equals(service);
		}
		return Arrays.stream(EventType.values())
			.anyMatch((type) -> type.topic().equals(topic) && type.wireName().startsWith(service + "."));
	}

	private static void fail(String service, String resource) {
		throw new IllegalStateException(service + " may not be granted access to " + resource
				+ ": it belongs to another service in the topology");
	}

	static TablesGrantBuilder table(String... tables) {
		return new TablesGrantBuilder(List.of(tables), false);
	}

	static TablesGrantBuilder indexesOf(String... tables) {
		return new TablesGrantBuilder(List.of(tables), true);
	}

	static Consume consume(String... queues) {
		return new Consume(List.of(queues));
	}

	static Publish publish(String topic, String arnVariable) {
		return new Publish(topic, arnVariable);
	}

	static ObjectsGrantBuilder objectsIn(String bucket, String nameVariable) {
		return new ObjectsGrantBuilder(bucket, nameVariable);
	}

	/** One permission of a task role. */
	public sealed interface Grant permits DynamoDb, Consume, Publish, S3Objects, SendEmail {

		List<PolicyStatement> statements(ResourceArns resources);

	}

	/**
	 * DynamoDB actions on some of the service's own tables, or, when {@code indexes}, on
	 * those tables' global secondary indexes only.
	 */
	public record DynamoDb(List<String> tables, boolean indexes, List<String> actions) implements Grant {

		@Override
		public List<PolicyStatement> statements(ResourceArns resources) {
			List<String> arns = new java.util.ArrayList<>();
			for (String table : this.tables) {
				if (!this.indexes) {
					arns.add(resources.tableArn(table));
				}
				else if (resources.tableHasIndexes(table)) {
					arns.add(resources.tableArn(table) + "/index/*");
				}
				else {
					throw new IllegalStateException("Table " + table + " has no index to grant on");
				}
			}
			return List.of(allow(this.actions.stream().map((action) -> "dynamodb:" + action).toList(), arns));
		}

	}

	/**
	 * Listening on the service's own queues through the starter's listener edge, which
	 * also sends poison messages to each queue's dead-letter queue.
	 */
	public record Consume(List<String> queues) implements Grant {

		@Override
		public List<PolicyStatement> statements(ResourceArns resources) {
			return List.of(allow(SQS_CONSUME, this.queues.stream().map(resources::queueArn).toList()),
					allow(SQS_DEAD_LETTER, this.queues.stream().map(resources::deadLetterQueueArn).toList()));
		}

	}

	/**
	 * Publishing to one topic; {@code arnVariable} is the environment variable that hands
	 * the service the topic's ARN, or {@code null} while the service's property is
	 * unknown.
	 */
	public record Publish(String topic, String arnVariable) implements Grant {

		@Override
		public List<PolicyStatement> statements(ResourceArns resources) {
			return List.of(allow(List.of("sns:Publish"), List.of(resources.topicArn(this.topic))));
		}

	}

	/**
	 * S3 actions on the objects of one of the service's own buckets; {@code nameVariable}
	 * is the environment variable that hands the service the bucket's name, which
	 * CloudFormation chooses.
	 */
	public record S3Objects(String bucket, String nameVariable, List<String> actions) implements Grant {

		@Override
		public List<PolicyStatement> statements(ResourceArns resources) {
			return List.of(allow(this.actions.stream().map((action) -> "s3:" + action).toList(),
					List.of(resources.bucketArn(this.bucket) + "/*")));
		}

	}

	/** SES v1 {@code SendEmail} from the stack's SES identities. */
	public record SendEmail() implements Grant {

		@Override
		public List<PolicyStatement> statements(ResourceArns resources) {
			return List.of(allow(List.of("ses:SendEmail"), resources.sesIdentityArns()));
		}

	}

	/** Builds an {@link S3Objects} grant. */
	record ObjectsGrantBuilder(String bucket, String nameVariable) {

		S3Objects allow(String... actions) {
			return new S3Objects(this.bucket, this.nameVariable, List.of(actions));
		}

	}

	/** Builds a {@link DynamoDb} grant. */
	record TablesGrantBuilder(List<String> tables, boolean indexes) {

		DynamoDb allow(String... actions) {
			return new DynamoDb(this.tables, this.indexes, List.of(actions));
		}

	}

	private static PolicyStatement allow(List<String> actions, List<String> resources) {
		return PolicyStatement.Builder.create().effect(Effect.ALLOW).actions(actions).resources(resources).build();
	}

}
