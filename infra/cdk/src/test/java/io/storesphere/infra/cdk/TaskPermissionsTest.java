package io.storesphere.infra.cdk;

import java.util.List;
import java.util.Map;

import io.storesphere.topology.Topology;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The permission table's own guard, without a synth. */
class TaskPermissionsTest {

	private final Topology topology = Topology.storeSphere();

	@Test
	void theSuitesTableGrantsOnlyOwnResourcesAndEveryQueue() {
		assertThatNoException().isThrownBy(() -> TaskPermissions.check(this.topology, TaskPermissions.storeSphere()));
		assertThat(TaskPermissions.storeSphere().keySet())
			.containsExactlyElementsOf(Services.storeSphere().stream().map(ServiceSpec::name).toList());
	}

	@Test
	void aGrantOnAnotherServicesTableIsRefused() {
		Map<String, List<Grant>> grants = Map.of("cart",
				List.of(TaskPermissions.table("catalog-products").allow("GetItem"),
						TaskPermissions.consume("cart-order-events")));
		assertThatIllegalStateException().isThrownBy(() -> TaskPermissions.check(this.topology, grants))
			.withMessageContaining("cart may not be granted access to table catalog-products");
	}

	@Test
	void aGrantOnAnotherServicesBucketIsRefused() {
		Map<String, List<Grant>> grants = Map.of("cart",
				List.of(TaskPermissions.objectsIn("catalog-product-images", "IMAGES").allow("GetObject"),
						TaskPermissions.consume("cart-order-events")));
		assertThatIllegalStateException().isThrownBy(() -> TaskPermissions.check(this.topology, grants))
			.withMessageContaining("cart may not be granted access to bucket catalog-product-images");
	}

	@Test
	void aGrantOnAnotherServicesQueueOrTopicIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> TaskPermissions.check(this.topology,
					Map.of("analytics", List.of(TaskPermissions.consume("analytics-identity-events",
							"analytics-order-events", "cart-order-events")))))
			.withMessageContaining("queue cart-order-events");
		assertThatIllegalStateException()
			.isThrownBy(() -> TaskPermissions.check(this.topology,
					Map.of("cart",
							List.of(TaskPermissions.consume("cart-order-events"),
									TaskPermissions.publish("order-events", null)))))
			.withMessageContaining("topic order-events");
	}

	@Test
	void aConsumerWithoutAGrantForOneOfItsQueuesIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> TaskPermissions.check(this.topology,
					Map.of("notification", List.of(TaskPermissions.consume("notification-order-events")))))
			.withMessageContaining("notification consumes [notification-catalog-events, notification-order-events]");
	}

}
