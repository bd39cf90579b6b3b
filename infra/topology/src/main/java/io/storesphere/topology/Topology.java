package io.storesphere.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.storesphere.events.EventType;
import io.storesphere.events.Topics;
import io.storesphere.topology.TableSpec.IndexSpec;

import static io.storesphere.events.EventType.ORDER_CANCELLED;
import static io.storesphere.events.EventType.ORDER_PLACED;
import static io.storesphere.events.EventType.STOCK_COMMITTED;
import static io.storesphere.events.EventType.STOCK_LOW;
import static io.storesphere.events.EventType.STOCK_REJECTED;
import static io.storesphere.events.EventType.USER_REGISTERED;
import static io.storesphere.topology.TableSpec.KeyAttribute.string;

/** The whole suite's topics, queues, subscriptions, tables and buckets. */
public final class Topology {

	/** Receives before SQS moves a message to the queue's dead-letter queue. */
	public static final int MAX_RECEIVE_COUNT = 5;

	/** How long a received message stays invisible to other consumers. */
	public static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * How long a message waits in a queue; dead letters are kept for the maximum, 14
	 * days.
	 */
	public static final Duration RETENTION = Duration.ofDays(4);

	public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(14);

	/** Name of the TTL attribute (epoch seconds) on every table that expires items. */
	public static final String TTL_ATTRIBUTE = "expiresAt";

	private final List<String> topics;

	private final List<QueueSpec> queues;

	private final List<TableSpec> tables;

	private final List<BucketSpec> buckets;

	private Topology(List<String> topics, List<QueueSpec> queues, List<TableSpec> tables, List<BucketSpec> buckets) {
		this.topics = List.copyOf(topics);
		this.queues = List.copyOf(queues);
		this.tables = List.copyOf(tables);
		this.buckets = List.copyOf(buckets);
	}

	/** StoreSphere's topology, as DESIGN.md sections 2 and 3 describe it. */
	public static Topology storeSphere() {
		Set<String> topics = new LinkedHashSet<>();
		Arrays.stream(EventType.values()).map(EventType::topic).forEach(topics::add);
		topics.add(Topics.ADMIN_ALERTS);

		List<QueueSpec> queues = List.of(queue("catalog", ORDER_PLACED), queue("cart", ORDER_PLACED),
				queue("checkout", STOCK_COMMITTED, STOCK_REJECTED),
				queue("notification", ORDER_PLACED, ORDER_CANCELLED), queue("notification", STOCK_LOW),
				queue("analytics", USER_REGISTERED), queue("analytics", ORDER_PLACED, ORDER_CANCELLED));

		List<TableSpec> tables = new ArrayList<>();
		// Sign-in attempt counters, shared by every gateway task so the rate limit holds
		// across them.
		tables
			.add(new TableSpec("gateway", "gateway-rate-limits", string("bucketKey"), null, List.of(), TTL_ATTRIBUTE));
		// One listing partition sorted by lower-case name: the shop pages through
		// products
		// alphabetically with an opaque cursor. A catalogue is thousands of items, far
		// below one partition's limits.
		tables.add(new TableSpec("catalog", "catalog-products", string("productId"), null,
				List.of(new IndexSpec("products-by-name", string("listing"), string("sortName"))), null));
		// Sparse: only orders whose outcome events are not all published carry the
		// attribute; the relay reads it.
		tables.add(new TableSpec("catalog", "catalog-inbox", string("eventId"), null,
				List.of(new IndexSpec("inbox-pending-publication", string("pendingPublication"), string("recordedAt"))),
				TTL_ATTRIBUTE));
		tables.add(new TableSpec("cart", "cart-carts", string("userId"), null, List.of(), TTL_ATTRIBUTE));
		tables.add(inbox("cart"));
		tables.add(new TableSpec("checkout", "checkout-orders", string("orderId"), null,
				List.of(new IndexSpec("orders-by-user", string("userId"), string("placedAt")),
						new IndexSpec("orders-by-status", string("status"), string("placedAt")),
						// Sparse: only orders with unpublished events carry the
						// attribute; the relay reads it.
						new IndexSpec("orders-with-pending-events", string("outboxPending"), string("placedAt"))),
				null));
		tables.add(new TableSpec("checkout", "checkout-idempotency-keys", string("idempotencyKey"), null, List.of(),
				TTL_ATTRIBUTE));
		tables.add(inbox("checkout"));
		tables.add(new TableSpec("notification", "notification-dedupe", string("dedupeKey"), null, List.of(),
				TTL_ATTRIBUTE));
		tables.add(new TableSpec("notification", "notification-log", string("kind"), string("sentAt"), List.of(),
				TTL_ATTRIBUTE));
		// Product images, one object per product and image (products/<id>/<tag>): bytes
		// stay out of the product items, so listing products never reads them.
		List<BucketSpec> buckets = List.of(new BucketSpec("catalog", "catalog-product-images"));
		return new Topology(List.copyOf(topics), queues, tables, buckets);
	}

	public List<String> topics() {
		return this.topics;
	}

	public List<QueueSpec> queues() {
		return this.queues;
	}

	public List<TableSpec> tables() {
		return this.tables;
	}

	public List<BucketSpec> buckets() {
		return this.buckets;
	}

	/**
	 * The queues a message of this type reaches, by their subscriptions' filter policies.
	 */
	public List<QueueSpec> queuesReceiving(EventType type) {
		return this.queues.stream()
			.filter((queue) -> queue.topic().equals(type.topic()) && queue.accepts(type))
			.toList();
	}

	public List<QueueSpec> queuesOf(String owner) {
		return this.queues.stream().filter((queue) -> queue.owner().equals(owner)).toList();
	}

	public List<TableSpec> tablesOf(String owner) {
		return this.tables.stream().filter((table) -> table.owner().equals(owner)).toList();
	}

	public List<BucketSpec> bucketsOf(String owner) {
		return this.buckets.stream().filter((bucket) -> bucket.owner().equals(owner)).toList();
	}

	private static QueueSpec queue(String owner, EventType first, EventType... more) {
		return new QueueSpec(owner, first.topic(), EnumSet.of(first, more));
	}

	/** Consumers record each processed event id here, so a redelivery changes nothing. */
	private static TableSpec inbox(String owner) {
		return new TableSpec(owner, owner + "-inbox", string("eventId"), null, List.of(), TTL_ATTRIBUTE);
	}

}
