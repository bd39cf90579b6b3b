package io.storesphere.catalog;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Orders arriving through SNS and SQS as checkout publishes them: all lines or none,
 * never oversold, once per order, and the outcome on catalog-events for checkout and
 * notification.
 */
@SpringBootTest
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
class StockDeductionIT {

	private static final Duration WAIT = Duration.ofSeconds(90);

	private static final Duration QUIET = Duration.ofSeconds(4);

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
		// Events left over from another test would be counted here.
		outcomes(Integer.MAX_VALUE, Duration.ofSeconds(2));
		alerts(Integer.MAX_VALUE, Duration.ofSeconds(1));
	}

	@AfterEach
	void disconnect() {
		this.clients.close();
	}

	@Test
	void fiftyParallelOrdersForTenUnitsSellExactlyTenAndAlertAtTheThresholdAndAtZero() throws Exception {
		Product lamp = Orders.product(this.catalog, "Desk Lamp", 10, 3);

		ExecutorService publishers = Executors.newFixedThreadPool(10);
		try {
			List<Future<?>> published = IntStream.range(0, 50)
				.<Future<?>>mapToObj((i) -> publishers.submit(() -> publish(Orders.order(1, lamp))))
				.toList();
			for (Future<?> future : published) {
				future.get();
			}
		}
		finally {
			publishers.shutdown();
		}

		List<EventEnvelope<? extends IntegrationEvent>> outcomes = outcomes(50, WAIT);
		assertThat(outcomes).hasSize(50);
		assertThat(outcomes).filteredOn((event) -> event.payload() instanceof StockCommitted).hasSize(10);
		assertThat(outcomes).filteredOn((event) -> event.payload() instanceof StockRejected).hasSize(40);
		assertThat(this.catalog.get(lamp.id()).stock()).isZero();
		List<StockLow> alerts = alerts(3, QUIET).stream().map((event) -> (StockLow) event.payload()).toList();
		assertThat(alerts).extracting(StockLow::productId).containsOnly(lamp.id());
		assertThat(alerts).extracting(StockLow::stock).containsExactlyInAnyOrder(2, 0);
		assertThat(alerts).extracting(StockLow::threshold).containsOnly(3);
		assertThat(alerts.get(0).alertText()).startsWith("ALERT: Low Stock for " + lamp.name() + ". Current: ");
	}

	@Test
	void anOrderWithOneShortLineDeductsNothingAndNamesTheShortage() {
		Product mug = Orders.product(this.catalog, "Mug", 5, 1);
		Product kettle = Orders.product(this.catalog, "Kettle", 1, 0);

		EventEnvelope<OrderPlaced> order = Orders.order(2, mug, kettle);
		publish(order);

		List<EventEnvelope<? extends IntegrationEvent>> outcomes = outcomes(1, WAIT);
		assertThat(outcomes).singleElement().satisfies((event) -> {
			StockRejected rejected = (StockRejected) event.payload();
			assertThat(rejected.orderId()).isEqualTo(order.payload().orderId());
			assertThat(rejected.shortages()).containsExactly(new StockShortage(kettle.id(), 2, 1));
			assertThat(event.correlationId()).isEqualTo(order.correlationId());
			assertThat(event.producer()).isEqualTo("catalog-service");
		});
		assertThat(this.catalog.get(mug.id()).stock()).isEqualTo(5);
		assertThat(this.catalog.get(kettle.id()).stock()).isEqualTo(1);
	}

	@Test
	void theSameOrderDeliveredTwiceOrRepublishedDeductsOnceAndAnswersOnce() {
		Product mug = Orders.product(this.catalog, "Mug", 10, 5);
		EventEnvelope<OrderPlaced> order = Orders.order(6, mug);

		publish(order);
		publish(order);
		// The same order under a new event id, as a producer's retry might send it.
		publish(EventEnvelope.wrap(order.payload(), order.producer(), order.correlationId(), order.occurredAt()));
		this.keeper.apply(order);

		List<EventEnvelope<? extends IntegrationEvent>> outcomes = outcomes(2, Duration.ofSeconds(15));
		assertThat(outcomes).singleElement()
			.satisfies((event) -> assertThat(event.payload()).isEqualTo(new StockCommitted(order.payload().orderId())));
		assertThat(this.catalog.get(mug.id()).stock()).isEqualTo(4);
		assertThat(alerts(2, QUIET)).singleElement()
			.satisfies((event) -> assertThat(((StockLow) event.payload()).stock()).isEqualTo(4));
	}

	@Test
	void aProductAlreadyBelowItsThresholdDoesNotAlertAgainUntilItReachesZero() {
		Product pen = Orders.product(this.catalog, "Pen", 4, 5);

		this.keeper.apply(Orders.order(1, pen));
		this.keeper.apply(Orders.order(2, pen));
		assertThat(alerts(1, QUIET)).isEmpty();

		this.keeper.apply(Orders.order(1, pen));
		assertThat(alerts(2, QUIET)).singleElement()
			.satisfies((event) -> assertThat(((StockLow) event.payload()).stock()).isZero());
		assertThat(outcomes(3, WAIT)).hasSize(3);
	}

	@Test
	void anOrderOfSixtyProductsIsOneTransaction() {
		Product[] products = new Product[60];
		for (int i = 0; i < products.length; i++) {
			products[i] = Orders.product(this.catalog, "Bulk " + i, 3, 0);
		}

		this.keeper.apply(Orders.order(1, products));

		assertThat(outcomes(1, WAIT)).singleElement()
			.satisfies((event) -> assertThat(event.payload()).isInstanceOf(StockCommitted.class));
		for (Product product : products) {
			assertThat(this.catalog.get(product.id()).stock()).isEqualTo(2);
		}
	}

	@Test
	void anOrderForAProductThatNoLongerExistsIsRejected() {
		Product gone = Orders.product(this.catalog, "Discontinued", 5, 0);
		this.catalog.delete(gone.id());

		this.keeper.apply(Orders.order(1, gone));

		assertThat(outcomes(1, WAIT)).singleElement()
			.satisfies((event) -> assertThat(((StockRejected) event.payload()).shortages())
				.containsExactly(new StockShortage(gone.id(), 1, 0)));
	}

	private void publish(EventEnvelope<OrderPlaced> order) {
		TestTopology.publish(this.clients, this.environment + "-order-events", order);
	}

	/** Stock-committed and stock-rejected, as checkout's queue receives them. */
	private List<EventEnvelope<? extends IntegrationEvent>> outcomes(int expected, Duration window) {
		return Orders.received(this.clients, this.environment + "-checkout-catalog-events", expected, window);
	}

	/** Stock-low, as notification's queue receives it. */
	private List<EventEnvelope<? extends IntegrationEvent>> alerts(int expected, Duration window) {
		return Orders.received(this.clients, this.environment + "-notification-catalog-events", expected, window);
	}

}
