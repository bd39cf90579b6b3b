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
import io.storesphere.topology.QueueSpec;
import io.storesphere.topology.TableSpec;
import io.storesphere.topology.Topology;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * What each service's task role may do: THE place to change when a service's code starts
 * (or stops) calling an AWS API. Every grant names the service's own resources by their
 * topology base names; {@link #check(Topology)} refuses a grant on another service's
 * table, queue or topic, and a consumer that lacks a grant for one of its queues.
 *
 * <p>
 * Derived from the code: the gateway counts sign-in attempts with {@code UpdateItem};
 * identity's outbox relay publishes; notification claims deliveries ({@code GetItem},
 * {@code PutItem}, {@code UpdateItem}, {@code DeleteItem} on its dedupe table), logs and
 * lists sent mail ({@code PutItem}, {@code Query}), sends through SES v1
 * {@code SendEmail} and publishes admin alerts; analytics consumes. Catalog, cart and
 * checkout are granted what their designs need (DESIGN.md section 4); trim these lists
 * when their code lands.
 *
 * <p>
 * Publishers receive their topic's ARN in a variable: Spring Cloud AWS's
 * {@code TopicsListingTopicArnResolver} passes an ARN through untouched, while a bare
 * name makes it call {@code sns:ListTopics}, which IAM cannot restrict to one topic.
 */
public final class TaskPermissions {

	/**
	 * What a Spring Cloud AWS {@code @SqsListener} calls: the queue URL and attributes at
	 * start, then receive, delete (also in batches) and visibility changes (also in
	 * batches; the batch calls are authorised by these actions).
	 */
	public static final List<String> SQS_CONSUME = List.of("sqs:GetQueueUrl", "sqs:GetQueueAttributes",
			"sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility");

	private TaskPermissions() {
	}

	/** Per service, in the order of {@link Services#storeSphere()}. */
	public static Map<String, List<Grant>> storeSphere() {
		Map<String, List<Grant>> grants = new LinkedHashMap<>();
		grants.put("gateway", List.of(dynamoDb("gateway-rate-limits").allow("UpdateItem")));
		grants.put("identity", List.of(publish(Topics.IDENTITY_EVENTS, "STORESPHERE_IDENTITY_OUTBOX_TOPIC")));
		grants.put("catalog",
				List.of(dynamoDb("catalog-products", "catalog-product-images", "catalog-inbox").allow("GetItem",
						"PutItem", "UpdateItem", "DeleteItem", "Scan", "BatchGetItem", "ConditionCheckItem"),
						consume("catalog-order-events"),
						// TODO when catalog's publisher lands: the variable that carries
						// the
						// topic ARN.
						publish(Topics.CATALOG_EVENTS, null)));
		grants.put("cart", List.of(dynamoDb("cart-carts", "cart-inbox").allow("GetItem", "PutItem", "UpdateItem",
				"DeleteItem", "ConditionCheckItem"), consume("cart-order-events")));
		grants.put("checkout",
				List.of(dynamoDb("checkout-orders", "checkout-idempotency-keys", "checkout-inbox").andTheirIndexes()
					.allow("GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "ConditionCheckItem"),
						consume("checkout-catalog-events"),
						// TODO when checkout's publisher lands: the variable that carries
						// the
						// topic ARN.
						publish(Topics.ORDER_EVENTS, null)));
		grants.put("notification",
				List.of(dynamoDb("notification-dedupe").allow("GetItem", "PutItem", "UpdateItem", "DeleteItem"),
						dynamoDb("notification-log").allow("PutItem", "Query"),
						consume("notification-order-events", "notification-catalog-events"),
						publish(Topics.ADMIN_ALERTS, "STORESPHERE_NOTIFICATION_ADMINALERTSTOPIC"), new SendEmail()));
		grants.put("analytics", List.of(consume("analytics-identity-events", "analytics-order-events")));
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

	static TablesGrantBuilder dynamoDb(String... tables) {
		return new TablesGrantBuilder(List.of(tables), false);
	}

	static Consume consume(String... queues) {
		return new Consume(List.of(queues));
	}

	static Publish publish(String topic, String arnVariable) {
		return new Publish(topic, arnVariable);
	}

	/** One permission of a task role. */
	public sealed interface Grant permits DynamoDb, Consume, Publish, SendEmail {

		PolicyStatement statement(OwnResources resources);

	}

	/**
	 * Item actions on the service's own tables, and on their indexes when
	 * {@code withIndexes} (for Query).
	 */
	public record DynamoDb(List<String> tables, boolean withIndexes, List<String> actions) implements Grant {

		@Override
		public PolicyStatement statement(OwnResources resources) {
			List<String> arns = new java.util.ArrayList<>();
			for (String table : this.tables) {
				arns.add(resources.tableArn(table));
				if (this.withIndexes && resources.tableHasIndexes(table)) {
					arns.add(resources.tableArn(table) + "/index/*");
				}
			}
			return allow(this.actions.stream().map((action) -> "dynamodb:" + action).toList(), arns);
		}

	}

	/** Listening on the service's own queues. */
	public record Consume(List<String> queues) implements Grant {

		@Override
		public PolicyStatement statement(OwnResources resources) {
			return allow(SQS_CONSUME, this.queues.stream().map(resources::queueArn).toList());
		}

	}

	/**
	 * Publishing to one topic; {@code arnVariable} is the environment variable that hands
	 * the service the topic's ARN, or {@code null} while the service's property is
	 * unknown.
	 */
	public record Publish(String topic, String arnVariable) implements Grant {

		@Override
		public PolicyStatement statement(OwnResources resources) {
			return allow(List.of("sns:Publish"), List.of(resources.topicArn(this.topic)));
		}

	}

	/** SES v1 {@code SendEmail} from the stack's SES identities. */
	public record SendEmail() implements Grant {

		@Override
		public PolicyStatement statement(OwnResources resources) {
			return allow(List.of("ses:SendEmail"), resources.sesIdentityArns());
		}

	}

	/** Builds a {@link DynamoDb} grant. */
	record TablesGrantBuilder(List<String> tables, boolean indexes) {

		/** Also the tables' global secondary indexes (for Query). */
		TablesGrantBuilder andTheirIndexes() {
			return new TablesGrantBuilder(this.tables, true);
		}

		DynamoDb allow(String... actions) {
			return new DynamoDb(this.tables, this.indexes, List.of(actions));
		}

	}

	private static PolicyStatement allow(List<String> actions, List<String> resources) {
		return PolicyStatement.Builder.create().effect(Effect.ALLOW).actions(actions).resources(resources).build();
	}

}
