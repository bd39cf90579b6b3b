package io.storesphere.checkout;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.storesphere.checkout.Shop.Product;
import io.storesphere.events.EventType;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static io.storesphere.checkout.Shop.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SNS unreachable, orders are still accepted; their events wait on the order item
 * and arrive once SNS is back, once.
 */
class OutboxIT extends CheckoutIntegrationTest {

	private static final Product RUG = new Product("prod-rug", "Wool Rug", "89.00", 6);

	@Test
	void anOrderPlacedWhileSnsIsDownIsPublishedOnceSnsIsBack() {
		String token = customerWithCartOf(RUG);
		try (OrderEventsProbe probe = OrderEventsProbe.subscribe(this.environment)) {
			String orderId;
			SNS.cut();
			try {
				Response response = this.shop.checkout(token);
				assertThat(response.status()).as(response.body()).isEqualTo(201);
				orderId = json(response).get("id").asString();
				assertThat(probe.during(OrderEventsProbe.of(orderId, EventType.ORDER_PLACED), Duration.ofSeconds(3)))
					.isEmpty();
				assertThat(storedOrder(orderId)).containsKey("outboxPending");
			}
			finally {
				SNS.restore();
			}

			assertThat(probe.await(OrderEventsProbe.of(orderId, EventType.ORDER_PLACED), 1, Duration.ofSeconds(30)))
				.hasSize(1);
			assertThat(probe.during(OrderEventsProbe.of(orderId, EventType.ORDER_PLACED), Duration.ofSeconds(3)))
				.hasSize(1);
			Map<String, AttributeValue> item = storedOrder(orderId);
			assertThat(item).doesNotContainKey("outboxPending");
			assertThat(item.get("events").l().get(0).m()).containsKey("publishedAt");
		}
	}

	private Map<String, AttributeValue> storedOrder(String orderId) {
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			return clients.dynamoDb()
				.getItem((request) -> request.tableName(this.environment + "-checkout-orders")
					.key(Map.of("orderId", AttributeValue.fromS(orderId)))
					.consistentRead(true))
				.item();
		}
	}

	static List<Map<String, AttributeValue>> scan(String table) {
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			return clients.dynamoDb().scanPaginator((request) -> request.tableName(table)).items().stream().toList();
		}
	}

}
