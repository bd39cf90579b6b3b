package io.storesphere.topology;

import java.util.HashSet;
import java.util.Set;

import io.storesphere.events.EventType;
import io.storesphere.events.Topics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopologyTest {

	private final Topology topology = Topology.storeSphere();

	private final Environment production = new Environment("prod");

	@Test
	void everyEventTypeHasAtLeastOneConsumer() {
		for (EventType type : EventType.values()) {
			assertThat(this.topology.queuesReceiving(type)).as(type.wireName()).isNotEmpty();
		}
	}

	@Test
	void consumersAreTheOnesTheDesignNames() {
		assertThat(this.topology.queuesReceiving(EventType.ORDER_PLACED)).extracting(QueueSpec::owner)
			.containsExactlyInAnyOrder("catalog", "cart", "notification", "analytics");
		assertThat(this.topology.queuesReceiving(EventType.ORDER_CANCELLED)).extracting(QueueSpec::owner)
			.containsExactlyInAnyOrder("notification", "analytics");
		assertThat(this.topology.queuesReceiving(EventType.STOCK_LOW)).extracting(QueueSpec::owner)
			.containsExactly("notification");
		assertThat(this.topology.queuesReceiving(EventType.USER_REGISTERED)).extracting(QueueSpec::owner)
			.containsExactly("analytics");
		assertThat(this.topology.queuesReceiving(EventType.STOCK_REJECTED)).extracting(QueueSpec::owner)
			.containsExactly("checkout");
	}

	@Test
	void topicsIncludeTheHumanFacingAlertTopic() {
		assertThat(this.topology.topics()).containsExactlyInAnyOrder(Topics.IDENTITY_EVENTS, Topics.ORDER_EVENTS,
				Topics.CATALOG_EVENTS, Topics.ADMIN_ALERTS);
	}

	@Test
	void namesCarryTheEnvironmentAndFitAwsLimits() {
		Environment longest = new Environment("a23456789012345678901234");
		Set<String> names = new HashSet<>();
		for (QueueSpec queue : this.topology.queues()) {
			assertThat(longest.deadLetterQueueName(queue)).hasSizeLessThanOrEqualTo(80);
			assertThat(names.add(this.production.queueName(queue))).as("unique " + queue).isTrue();
		}
		assertThat(this.production.queueName(this.topology.queuesOf("catalog").get(0)))
			.isEqualTo("prod-catalog-order-events");
		assertThat(this.production.topicName(Topics.ORDER_EVENTS)).isEqualTo("prod-order-events");
		for (TableSpec table : this.topology.tables()) {
			assertThat(this.production.tableName(table)).startsWith("prod-" + table.owner() + "-").hasSizeLessThan(255);
		}
		for (BucketSpec bucket : this.topology.buckets()) {
			// S3: 3 to 63 lower-case letters, digits, dots and dashes.
			assertThat(longest.bucketName(bucket)).matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
			assertThat(this.production.bucketName(bucket)).startsWith("prod-" + bucket.owner() + "-");
		}
	}

	@Test
	void productImagesLiveInCatalogsBucketNotInATable() {
		assertThat(this.topology.bucketsOf("catalog")).extracting(BucketSpec::baseName)
			.containsExactly("catalog-product-images");
		assertThat(this.topology.tables()).extracting(TableSpec::baseName).doesNotContain("catalog-product-images");
		assertThat(this.topology.buckets()).extracting(BucketSpec::owner).containsOnly("catalog");
	}

	@Test
	void filterPoliciesMatchOnTheEventTypeAttribute() {
		QueueSpec notificationOrders = this.topology.queuesOf("notification")
			.stream()
			.filter((queue) -> queue.topic().equals(Topics.ORDER_EVENTS))
			.findFirst()
			.orElseThrow();
		assertThat(notificationOrders.filterPolicy())
			.isEqualTo("{\"eventType\":[\"checkout.order-placed.v1\",\"checkout.order-cancelled.v1\"]}");
	}

	@Test
	void consumersHaveAnInboxThatExpires() {
		for (String consumer : new String[] { "catalog", "cart", "checkout" }) {
			assertThat(this.topology.tablesOf(consumer)).anySatisfy((table) -> {
				assertThat(table.baseName()).isEqualTo(consumer + "-inbox");
				assertThat(table.ttlAttribute()).isEqualTo(Topology.TTL_ATTRIBUTE);
			});
		}
	}

	@Test
	void aQueueCannotFilterForAnEventOfAnotherTopic() {
		assertThatThrownBy(() -> new QueueSpec("cart", Topics.ORDER_EVENTS, Set.of(EventType.STOCK_LOW)))
			.hasMessageContaining("catalog-events");
	}

	@Test
	void environmentNamesAreChecked() {
		assertThatThrownBy(() -> new Environment("Prod_1")).hasMessageContaining("lower-case");
	}

}
