package io.storesphere.catalog;

import java.time.Duration;

import io.storesphere.catalog.product.Product;
import io.storesphere.catalog.product.ProductCatalog;
import io.storesphere.catalog.stock.StockKeeper;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.StockCommitted;
import io.storesphere.events.StockLow;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.net.SwitchableTcpProxy;
import io.storesphere.testsupport.security.UseTestTokens;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SNS unreachable after the stock transaction committed: the sale stands, and the outcome
 * is published by the relay once SNS is back.
 */
@SpringBootTest
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
class StockPublishOutageIT {

	private static final SwitchableTcpProxy SNS = SwitchableTcpProxy.to("127.0.0.1",
			AwsEmulators.endpoints().sns().getPort());

	@Autowired
	private ProductCatalog catalog;

	@Autowired
	private StockKeeper keeper;

	@Value("${storesphere.environment}")
	private String environment;

	@DynamicPropertySource
	static void snsThroughProxy(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.aws.sns.endpoint", SNS::url);
	}

	@AfterAll
	static void closeProxy() {
		SNS.close();
	}

	@Test
	void anOutcomeThatCouldNotBePublishedArrivesOnceSnsIsBack() {
		Product lamp = Orders.product(this.catalog, "Desk Lamp", 3, 3);
		EventEnvelope<OrderPlaced> order = Orders.order(2, lamp);

		SNS.cut();
		try {
			this.keeper.apply(order);
			assertThat(this.catalog.get(lamp.id()).stock()).isEqualTo(1);
			try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
				assertThat(Orders.received(clients, this.environment + "-checkout-catalog-events", 1,
						Duration.ofSeconds(4)))
					.isEmpty();
			}
		}
		finally {
			SNS.restore();
		}

		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			assertThat(
					Orders.received(clients, this.environment + "-checkout-catalog-events", 1, Duration.ofSeconds(60)))
				.singleElement()
				.satisfies((event) -> assertThat(event.payload())
					.isEqualTo(new StockCommitted(order.payload().orderId())));
			assertThat(Orders.received(clients, this.environment + "-notification-catalog-events", 1,
					Duration.ofSeconds(30)))
				.singleElement()
				.satisfies((event) -> assertThat(((StockLow) event.payload()).stock()).isEqualTo(1));
		}
		// A redelivery now publishes nothing more and deducts nothing more.
		this.keeper.apply(order);
		assertThat(this.catalog.get(lamp.id()).stock()).isEqualTo(1);
	}

}
