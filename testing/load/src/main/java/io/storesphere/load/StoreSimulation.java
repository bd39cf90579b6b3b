package io.storesphere.load;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Traffic like a store's, in an open model (visitors arrive at a rate, whatever the
 * suite's answers take), all through the gateway:
 * <ul>
 * <li><b>browse</b> (60 %): the catalogue, a search by a word of a product's name, one
 * product;</li>
 * <li><b>cart</b> (20 %): a new customer signs up and in, adds a product, changes the
 * quantity with +/- and looks at the cart;</li>
 * <li><b>buy</b> (15 %): a new customer pays for the load item, then waits for the order
 * to be CONFIRMED (the stock saga) and for the receipt in the SES inbox;</li>
 * <li><b>admin</b> (5 %): restocks the load item and reads the dashboard (lifetime
 * values, sales, orders, alerts).</li>
 * </ul>
 * Every answer is checked; the run passes only with no failed request.
 */
public class StoreSimulation extends Simulation {

	static final String LOAD_ITEM = "StoreSphere load test item";

	private static final String PASSWORD = "load test password";

	private static final Duration CONFIRMATION_WAIT = Duration.ofSeconds(30);

	private final LoadSettings settings = LoadSettings.fromSystemProperties();

	private final LoadItem loadItem = new LoadItem(this.settings);

	{
		HttpProtocolBuilder gateway = http.baseUrl(this.settings.gateway())
			.localAddress(this.settings.from())
			.acceptHeader("application/json")
			.userAgentHeader("storesphere-load")
			// Each visitor is new; without this a poll revalidates with its ETag and gets
			// 304, not the order.
			.disableCaching();

		setUp(browse().injectOpen(rampUsers(this.settings.visitors(0.60)).during(this.settings.duration())),
				cart().injectOpen(rampUsers(this.settings.visitors(0.20)).during(this.settings.duration())),
				buy().injectOpen(rampUsers(this.settings.visitors(0.15)).during(this.settings.duration())),
				admin().injectOpen(rampUsers(this.settings.visitors(0.05)).during(this.settings.duration())))
			.protocols(gateway)
			.assertions(global().failedRequests().count().is(0L));
	}

	@Override
	public void before() {
		this.loadItem.prepare();
	}

	private ScenarioBuilder browse() {
		return scenario("browse").exec(http("catalogue").get("/api/products?size=20")
			.check(status().is(200), jsonPath("$.items[*].id").findRandom().saveAs("productId"),
					jsonPath("$.items[*].name").findRandom().transform((name) -> name.split(" ")[0]).saveAs("word")))
			.pause(Duration.ofMillis(100), Duration.ofMillis(500))
			.exec(http("search").get("/api/products")
				.queryParam("q", "#{word}")
				.queryParam("size", "20")
				.check(status().is(200), jsonPath("$.items").exists()))
			.pause(Duration.ofMillis(100), Duration.ofMillis(500))
			.exec(http("product").get("/api/products/#{productId}").check(status().is(200)));
	}

	private ScenarioBuilder cart() {
		return scenario("cart").exec(newCustomer())
			.exec(http("catalogue").get("/api/products?size=20")
				.check(status().is(200), jsonPath("$.items[?(@.stock > 0)].id").findRandom().saveAs("productId")))
			.exec(signedIn(http("add to cart").post("/api/cart/items"))
				.body(StringBody("{\"productId\":\"#{productId}\",\"quantity\":1}"))
				.asJson()
				.check(status().is(200)))
			.exitHereIfFailed()
			.exec(repeat(4, "change").on(signedIn(http("cart +/-").put("/api/cart/items/#{productId}"))
				// 2, 1, 2, 1: plus, minus, plus, minus.
				.body(StringBody((session) -> "{\"quantity\":" + (2 - session.getInt("change") % 2) + "}"))
				.asJson()
				.check(status().is(200))).exitHereIfFailed().pause(Duration.ofMillis(50), Duration.ofMillis(300)))
			.exec(signedIn(http("cart").get("/api/cart")).check(status().is(200),
					jsonPath("$.itemCount").ofInt().is(1)));
	}

	private ScenarioBuilder buy() {
		return scenario("buy").exec(newCustomer())
			.exec((session) -> session.set("loadItem", this.loadItem.id()))
			.exec(signedIn(http("add to cart").post("/api/cart/items"))
				.body(StringBody("{\"productId\":\"#{loadItem}\",\"quantity\":1}"))
				.asJson()
				.check(status().is(200)))
			.exitHereIfFailed()
			.exec(signedIn(http("checkout summary").get("/api/checkout")).check(status().is(200)))
			.exec((session) -> session.set("since", Instant.now().getEpochSecond() - 1))
			// The group's line in the report is the wall-clock time from paying to seeing
			// the
			// order CONFIRMED (gatling.conf: useGroupDurationMetric), polled every 200
			// ms.
			.group("paid to CONFIRMED")
			.on(exec(signedIn(http("pay").post("/api/checkout"))
				.header("Idempotency-Key", (session) -> UUID.randomUUID().toString())
				.body(StringBody("{\"payment\":{\"cardNumber\":\"4242 4242 4242 4242\",\"expiryMonth\":12,"
						+ "\"expiryYear\":2031,\"cvc\":\"123\",\"cardholderName\":\"Load Shopper\"}}"))
				.asJson()
				.check(status().is(201), jsonPath("$.id").saveAs("orderId")))
				// A visitor whose step failed leaves, as a shopper would; the failure is
				// counted.
				.exitHereIfFailed()
				.exec(awaitConfirmation()))
			.exec(awaitReceipt());
	}

	private ChainBuilder awaitConfirmation() {
		return exec((session) -> session.set("orderStatus", "PLACED"))
			.exec(asLongAsDuring((session) -> !isFinal(session.getString("orderStatus")), CONFIRMATION_WAIT)
				.on(exec(signedIn(http("poll order").get("/api/orders/#{orderId}")).check(status().is(200),
						jsonPath("$.status").saveAs("orderStatus")))
					.pause(Duration.ofMillis(200))))
			.exec(signedIn(http("order confirmed").get("/api/orders/#{orderId}")).check(status().is(200),
					jsonPath("$.status").is("CONFIRMED")));
	}

	private ChainBuilder awaitReceipt() {
		// The SES emulator's store of sent e-mails, from just before the payment on.
		String inbox = this.settings.ses() + "/store?since=#{since}";
		String receipt = "$.emails[?(@.destination.to[0] == '#{email}')].subject";
		return exec(asLongAsDuring((session) -> !session.contains("receipt"), CONFIRMATION_WAIT).on(exec(
				http("poll inbox").get(inbox).check(status().is(200), jsonPath(receipt).optional().saveAs("receipt")))
			.pause(Duration.ofMillis(300))))
			.exec(http("receipt e-mailed").get(inbox).check(status().is(200), jsonPath(receipt).exists()));
	}

	private ScenarioBuilder admin() {
		return scenario("admin")
			.exec(http("admin sign-in").post("/api/auth/login")
				.body(StringBody((session) -> "{\"email\":\"admin@storesphere.local\",\"password\":\""
						+ this.settings.adminPassword() + "\"}"))
				.asJson()
				.check(status().is(200), jsonPath("$.accessToken").saveAs("token")))
			.exitHereIfFailed()
			.exec((session) -> session.set("loadItem", this.loadItem.id()))
			.exec(signedIn(http("restock").post("/api/admin/products/#{loadItem}/restock"))
				.body(StringBody("{\"quantity\":100}"))
				.asJson()
				.check(status().is(200)))
			.exec(signedIn(http("lifetime values").get("/api/admin/users")).check(status().is(200)))
			.exec(signedIn(http("sales summary").get("/api/admin/analytics/summary")).check(status().is(200)))
			.exec(signedIn(http("orders").get("/api/admin/orders")).check(status().is(200)))
			.exec(signedIn(http("low-stock alerts").get("/api/admin/alerts")).check(status().is(200)));
	}

	/** The request with the visitor's token, saved by the sign-in. */
	private static HttpRequestActionBuilder signedIn(HttpRequestActionBuilder request) {
		return request.header("Authorization", "Bearer #{token}");
	}

	/** A new customer, as a visitor who decides to buy: signs up, then signs in. */
	private static ChainBuilder newCustomer() {
		return exec((session) -> session.set("email", "load-" + UUID.randomUUID() + "@example.com"))
			.exec(http("sign up").post("/api/auth/signup")
				.body(StringBody(
						"{\"fullName\":\"Load Shopper\",\"email\":\"#{email}\",\"password\":\"" + PASSWORD + "\"}"))
				.asJson()
				.check(status().is(201)))
			.exec(http("sign in").post("/api/auth/login")
				.body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + PASSWORD + "\"}"))
				.asJson()
				.check(status().is(200), jsonPath("$.accessToken").saveAs("token")))
			.exitHereIfFailed();
	}

	private static boolean isFinal(String status) {
		return "CONFIRMED".equals(status) || "CANCELLED".equals(status);
	}

}
