package io.storesphere.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.storesphere.analytics.sales.messaging.SalesEventListener;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.mysql.UseMySql;
import io.storesphere.testsupport.security.TestTokens;
import io.storesphere.testsupport.security.UseTestTokens;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static io.storesphere.analytics.SalesEvents.cancelled;
import static io.storesphere.analytics.SalesEvents.id;
import static io.storesphere.analytics.SalesEvents.line;
import static io.storesphere.analytics.SalesEvents.placed;
import static io.storesphere.analytics.SalesEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Lifetime values and sales facts as an admin sees them through the API, fed by events.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@UseAwsEmulators
@UseMySql
@UseTestTokens
class SalesProjectionIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private SalesEventListener listener;

	@LocalServerPort
	private int port;

	@Value("${storesphere.environment}")
	private String environment;

	@Test
	void totalsAreExactToTheCentOverManyOrdersWithDuplicates() {
		Random random = new Random(42);
		List<String> customers = List.of(id("u"), id("u"), id("u"));
		Map<String, BigDecimal> spent = new java.util.HashMap<>();
		Map<String, Integer> items = new java.util.HashMap<>();
		List<EventEnvelope<OrderPlaced>> orders = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			String customer = customers.get(random.nextInt(customers.size()));
			List<OrderLine> lines = List.of(
					line("p-a", String.format("%d.%02d", 1 + random.nextInt(200), random.nextInt(100)),
							1 + random.nextInt(5)),
					line("p-b", String.format("%d.%02d", random.nextInt(50), 1 + random.nextInt(99)),
							1 + random.nextInt(3)));
			EventEnvelope<OrderPlaced> order = placed(id("o"), customer, lines);
			orders.add(order);
			spent.merge(customer, order.payload().grandTotal(), BigDecimal::add);
			items.merge(customer, order.payload().itemCount(), Integer::sum);
		}
		for (EventEnvelope<OrderPlaced> order : orders) {
			deliver(order);
		}
		for (int i = 0; i < 25; i++) {
			// Redeliveries: the same events again.
			deliver(orders.get(random.nextInt(orders.size())));
		}

		for (String customer : customers) {
			JsonNode row = user(customer);
			assertThat(new BigDecimal(row.get("moneySpent").asString())).isEqualByComparingTo(spent.get(customer));
			assertThat(row.get("itemsBought").asLong()).isEqualTo(items.get(customer).longValue());
			assertThat(row.get("orderCount").asLong())
				.isEqualTo(orders.stream().filter((o) -> o.payload().userId().equals(customer)).count());
		}
	}

	@Test
	void aCancellationReversesExactlyOnce() {
		String customer = id("u");
		EventEnvelope<OrderPlaced> kept = placed(id("o"), customer, List.of(line("p-k", "19.99", 3)));
		EventEnvelope<OrderPlaced> lost = placed(id("o"), customer, List.of(line("p-k", "5.05", 7)));
		deliver(kept);
		deliver(lost);
		var cancellation = cancelled(lost);

		deliver(cancellation);
		deliver(cancellation);
		deliver(cancelled(lost));

		JsonNode row = user(customer);
		assertThat(new BigDecimal(row.get("moneySpent").asString())).isEqualByComparingTo(kept.payload().grandTotal());
		assertThat(row.get("itemsBought").asLong()).isEqualTo(3);
		assertThat(row.get("orderCount").asLong()).isEqualTo(1);
	}

	@Test
	void aCancellationThatOvertakesItsOrderMeansTheOrderNeverCounts() {
		String customer = id("u");
		EventEnvelope<OrderPlaced> order = placed(id("o"), customer, List.of(line("p-x", "10.00", 1)));
		deliver(cancelled(order));
		deliver(order);

		JsonNode row = user(customer);
		assertThat(new BigDecimal(row.get("moneySpent").asString())).isEqualByComparingTo("0");
		assertThat(row.get("orderCount").asLong()).isZero();
	}

	@Test
	void anOrderBeforeTheRegistrationCountsAndTheCustomerIsCompletedLater() {
		String customer = id("u");
		EventEnvelope<OrderPlaced> order = placed(id("o"), customer, List.of(line("p-r", "12.50", 2)));
		deliver(order);
		assertThat(user(customer).get("registeredAt").isNull()).isTrue();

		deliver(registered(customer, "Late Larry", "larry@example.com"));

		JsonNode row = user(customer);
		assertThat(row.get("fullName").asString()).isEqualTo("Late Larry");
		assertThat(row.get("registeredAt").isNull()).isFalse();
		assertThat(new BigDecimal(row.get("moneySpent").asString())).isEqualByComparingTo(order.payload().grandTotal());
	}

	@Test
	void twentyOrdersOfOneCustomerProcessedConcurrentlyGiveExactTotals() throws Exception {
		String customer = id("u");
		List<EventEnvelope<OrderPlaced>> orders = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			orders.add(placed(id("o"), customer, List.of(line("p-c1", "3.33", 1 + i % 3), line("p-c2", "0.01", 1))));
		}
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			CompletableFuture
				.allOf(orders.stream()
					.map((order) -> CompletableFuture.runAsync(() -> deliver(order), pool))
					.toArray(CompletableFuture[]::new))
				.get();
		}
		finally {
			pool.shutdown();
		}

		JsonNode row = user(customer);
		BigDecimal expected = orders.stream()
			.map((order) -> order.payload().grandTotal())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(new BigDecimal(row.get("moneySpent").asString())).isEqualByComparingTo(expected);
		assertThat(row.get("orderCount").asLong()).isEqualTo(20);
		assertThat(row.get("itemsBought").asLong())
			.isEqualTo(orders.stream().mapToLong((order) -> order.payload().itemCount()).sum());
	}

	@Test
	void eventsArriveThroughTheQueuesAndARedeliveryCountsOnce() {
		String customer = id("u");
		EventEnvelope<OrderPlaced> order = placed(id("o"), customer, List.of(line("p-q", "7.77", 2)));
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			TestTopology.publish(clients, this.environment + "-identity-events",
					registered(customer, "Queued Quinn", "quinn@example.com"));
			TestTopology.publish(clients, this.environment + "-order-events", order);
			TestTopology.publish(clients, this.environment + "-order-events", order);
		}

		await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode row = user(customer);
			assertThat(row.get("fullName").asString()).isEqualTo("Queued Quinn");
			assertThat(row.get("orderCount").asLong()).isEqualTo(1);
		});
		// Both copies have been handled by now; still one order.
		await().during(java.time.Duration.ofSeconds(2))
			.atMost(java.time.Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(user(customer).get("orderCount").asLong()).isEqualTo(1));
		assertThat(new BigDecimal(user(customer).get("moneySpent").asString()))
			.isEqualByComparingTo(order.payload().grandTotal());
	}

	@Test
	void theSummaryShowsTodaysSalesTopProductsAndAThirtyDaySeries() {
		JsonNode before = summary();
		String product = id("p-top");
		EventEnvelope<OrderPlaced> order = placed(id("o"), id("u"), List.of(line(product, "999.99", 10)));
		deliver(order);

		JsonNode after = summary();
		assertThat(after.get("today").get("orders").asLong() - before.get("today").get("orders").asLong()).isEqualTo(1);
		assertThat(new BigDecimal(after.get("last30Days").get("revenue").asString())
			.subtract(new BigDecimal(before.get("last30Days").get("revenue").asString())))
			.isEqualByComparingTo(order.payload().grandTotal());
		assertThat(after.get("daily").size()).isEqualTo(30);
		assertThat(after.get("topProducts").get(0).get("productId").asString()).isEqualTo(product);
		assertThat(after.get("topProducts").get(0).get("units").asLong()).isEqualTo(10);
	}

	@Test
	void usersArePagedSortedAndSearchable() {
		String tag = id("find");
		for (int i = 1; i <= 3; i++) {
			String customer = id("u");
			deliver(registered(customer, "Searchable " + tag + " " + i, tag + i + "@example.com"));
			deliver(placed(id("o"), customer, List.of(line("p-s", i + "0.00", i))));
		}

		JsonNode page = page("/api/admin/users?q=" + tag.toUpperCase() + "&sort=spent,desc&size=2");
		assertThat(page.get("totalItems").asLong()).isEqualTo(3);
		assertThat(page.get("totalPages").asLong()).isEqualTo(2);
		assertThat(page.get("items").get(0).get("fullName").asString()).endsWith(" 3");
		assertThat(page.get("items").get(1).get("fullName").asString()).endsWith(" 2");
		JsonNode second = page("/api/admin/users?q=" + tag + "&sort=spent,desc&size=2&page=1");
		assertThat(second.get("items").get(0).get("fullName").asString()).endsWith(" 1");
		JsonNode byName = page("/api/admin/users?q=" + tag + "&sort=name,asc");
		assertThat(byName.get("items").get(0).get("fullName").asString()).endsWith(" 1");
		assertThat(page("/api/admin/users?q=" + tag + "2@EXAMPLE").get("totalItems").asLong()).isEqualTo(1);
	}

	@Test
	void badQueryParametersAre400ProblemsNamingThem() {
		for (String[] bad : new String[][] { { "size=101", "size" }, { "size=0", "size" }, { "page=-1", "page" },
				{ "sort=password", "sort" }, { "sort=spent,sideways", "sort" }, { "page=two", "page" } }) {
			Response response = HttpProbe.get(url("/api/admin/users?" + bad[0]), TestTokens.get().admin());
			assertThat(response.status()).as(bad[0]).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.body()).contains("\"field\":\"" + bad[1] + "\"");
		}
	}

	@Test
	void aCustomerMayNotSeeAnyOfIt() {
		for (String path : List.of("/api/admin/users", "/api/admin/analytics/summary")) {
			Response response = HttpProbe.get(url(path), TestTokens.get().customer());
			assertThat(response.status()).as(path).isEqualTo(403);
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
	}

	private void deliver(EventEnvelope<?> event) {
		this.listener.handle(event);
	}

	private JsonNode user(String userId) {
		JsonNode page = page("/api/admin/users?size=100&q=" + userId);
		for (JsonNode item : page.get("items")) {
			if (item.get("userId").asString().equals(userId)) {
				return item;
			}
		}
		throw new AssertionError("No row for " + userId + " in " + page);
	}

	private JsonNode page(String path) {
		Response response = HttpProbe.get(url(path), TestTokens.get().admin());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private JsonNode summary() {
		return page("/api/admin/analytics/summary");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
