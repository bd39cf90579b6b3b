package io.storesphere.catalog;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import io.storesphere.catalog.product.Product;
import io.storesphere.catalog.product.ProductCatalog;
import io.storesphere.catalog.stock.StockKeeper;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.IntegrationEvent;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.StockCommitted;
import io.storesphere.events.StockLow;
import io.storesphere.events.StockRejected;
import io.storesphere.events.StockShortage;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.security.UseTestTokens;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders with more products than one transaction holds (here 4, so that small orders
 * exercise it): applied in parts, all or nothing, once.
 */
@SpringBootTest(properties = "storesphere.catalog.stock.max-products-per-transaction=4")
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
class LargeOrderIT {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	private ProductCatalog catalog;

	@Autowired
	private StockKeeper keeper;

	@Value("${storesphere.environment}")
	private String environment;

	private AwsClients clients;

	@BeforeEach
	void connect() {
		this.clients = TestTopology.clients(AwsEmulators.endpoints());
		events("-checkout-catalog-events", Integer.MAX_VALUE, Duration.ofSeconds(1));
		events("-notification-catalog-events", Integer.MAX_VALUE, Duration.ofSeconds(1));
	}

	@AfterEach
	void disconnect() {
		this.clients.close();
	}

	@Test
	void anOrderOfTenProductsIsDeductedInPartsAndAnsweredOnce() {
		Product[] products = products(10, 5);
		products[9] = Orders.product(this.catalog, "Alerting", 5, 4);
		EventEnvelope<OrderPlaced> order = Orders.order(2, products);

		this.keeper.apply(order);
		this.keeper.apply(order);

		for (Product product : products) {
			assertThat(this.catalog.get(product.id()).stock()).isEqualTo(3);
		}
		assertThat(events("-checkout-catalog-events", 2, Duration.ofSeconds(6))).singleElement()
			.satisfies((event) -> assertThat(event.payload()).isEqualTo(new StockCommitted(order.payload().orderId())));
		assertThat(events("-notification-catalog-events", 2, Duration.ofSeconds(4))).singleElement()
			.satisfies((event) -> assertThat(((StockLow) event.payload()).productId()).isEqualTo(products[9].id()));
	}

	@Test
	void aShortLineInALatePartGivesBackEveryEarlierPart() {
		Product[] products = products(10, 5);
		products[8] = Orders.product(this.catalog, "Scarce", 1, 0);
		EventEnvelope<OrderPlaced> order = Orders.order(2, products);

		this.keeper.apply(order);

		for (int i = 0; i < products.length; i++) {
			assertThat(this.catalog.get(products[i].id()).stock()).as(products[i].name()).isEqualTo((i == 8) ? 1 : 5);
		}
		assertThat(events("-checkout-catalog-events", 1, WAIT)).singleElement().satisfies((event) -> {
			StockRejected rejected = (StockRejected) event.payload();
			assertThat(rejected.shortages()).containsExactly(new StockShortage(products[8].id(), 2, 1));
		});
		assertThat(events("-notification-catalog-events", 1, Duration.ofSeconds(3))).isEmpty();

		this.keeper.apply(order);
		assertThat(this.catalog.get(products[0].id()).stock()).isEqualTo(5);
	}

	private Product[] products(int count, int stock) {
		return IntStream.range(0, count)
			.mapToObj((i) -> Orders.product(this.catalog, "Part " + i, stock, 0))
			.toArray(Product[]::new);
	}

	private List<EventEnvelope<? extends IntegrationEvent>> events(String queue, int expected, Duration window) {
		return Orders.received(this.clients, this.environment + queue, expected, window);
	}

}
