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
				new Grant.SendEmail()));
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
				if (grant instanceof Grant.DynamoDb dynamoDb) {
					dynamoDb.tables()
						.stream()
						.filter((table) -> !ownTables.contains(table))
						.findFirst()
						.ifPresent((table) -> fail(service, "table " + table));
				}
				else if (grant instanceof Grant.Consume consume) {
					consume.queues()
						.stream()
						.filter((queue) -> !ownQueues.contains(queue))
						.findFirst()
						.ifPresent((queue) -> fail(service, "queue " + queue));
					consumed.addAll(consume.queues());
				}
				else if (grant instanceof Grant.Publish publish && !publishes(service, publish.topic())) {
					fail(service, "topic " + publish.topic());
				}
				else if (grant instanceof Grant.S3Objects objects && !ownBuckets.contains(objects.bucket())) {
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

	static Grant.TablesGrantBuilder table(String... tables) {
		return new Grant.TablesGrantBuilder(List.of(tables), false);
	}

	static Grant.TablesGrantBuilder indexesOf(String... tables) {
		return new Grant.TablesGrantBuilder(List.of(tables), true);
	}

	static Grant.Consume consume(String... queues) {
		return new Grant.Consume(List.of(queues));
	}

	static Grant.Publish publish(String topic, String arnVariable) {
		return new Grant.Publish(topic, arnVariable);
	}

	static Grant.ObjectsGrantBuilder objectsIn(String bucket, String nameVariable) {
		return new Grant.ObjectsGrantBuilder(bucket, nameVariable);
	}

}
