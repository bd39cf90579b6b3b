package io.storesphere.systemtests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.storesphere.systemtests.Api.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static io.storesphere.systemtests.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer's whole purchase through the gateway over HTTP, as an API client would make
 * it, and what follows asynchronously in the other services: stock goes down, the cart
 * empties, the receipt reaches the SES emulator, a low-stock alert reaches the admins,
 * and the customer's lifetime value grows. Then the original app's endpoints.
 */
@Order(1)
@ExtendWith(RunningSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShoppingOverHttpIT {

	private static final Duration ASYNC = Duration.ofSeconds(60);

	private static final String PASSWORD = "correct horse battery";

	private static final String VISA = "4242 4242 4242 4242";

	private static final String nonce = UUID.randomUUID().toString().substring(0, 8);

	private static final String email = "buyer-" + nonce + "@example.com";

	private static Api admin;

	private static Api customer;

	/** Bought below its threshold: 10 in stock, threshold 9, the customer buys 2. */
	private static JsonNode kettle;

	/** Added, repriced, and removed again; the original app's client buys it later. */
	private static JsonNode teapot;

	private static JsonNode order;

	@BeforeAll
	static void products() {
		admin = Api.admin();
		kettle = admin
			.post("/api/admin/products",
					body("name", "System Kettle " + nonce, "description", "Copper, 1.7 l", "price",
							new BigDecimal("12.50"), "stock", 10, "threshold", 9))
			.expect(201)
			.json();
		teapot = admin
			.post("/api/admin/products",
					body("name", "System Teapot " + nonce, "price", new BigDecimal("30.00"), "stock", 5))
			.expect(201)
			.json();
	}

	@Test
	@Order(1)
	void aCustomerSignsUpAndSignsIn() {
		Answer signUp = Api.anonymous()
			.post("/api/auth/signup", body("fullName", "Ada Buyer " + nonce, "email", email, "password", PASSWORD))
			.expect(201);
		assertThat(signUp.json().get("roles").get(0).asString()).isEqualTo("CUSTOMER");
		assertThat(signUp.body()).doesNotContain("password");
		customer = Api.signIn(email, PASSWORD);
		assertThat(customer.get("/api/auth/me").expect(200).json().get("email").asString()).isEqualTo(email);
	}

	@Test
	@Order(2)
	void theCustomerFillsTheCartAndChangesIt() {
		String kettleId = kettle.get("id").asString();
		String teapotId = teapot.get("id").asString();
		customer.post("/api/cart/items", body("productId", kettleId, "quantity", 1)).expect(200);
		JsonNode cart = customer.post("/api/cart/items", body("productId", teapotId)).expect(200).json();
		assertThat(cart.get("itemCount").asInt()).isEqualTo(2);
		assertThat(cart.get("subtotal").asString()).isEqualTo("42.50");

		// + twice and - once on the kettle, then the teapot goes.
		customer.put("/api/cart/items/" + kettleId, body("quantity", 2)).expect(200);
		customer.put("/api/cart/items/" + kettleId, body("quantity", 3)).expect(200);
		cart = customer.put("/api/cart/items/" + kettleId, body("quantity", 2)).expect(200).json();
		assertThat(cart.get("subtotal").asString()).isEqualTo("55.00");

		// The teapot's price goes up while it is in the cart. Checkout, which prices from
		// catalog, refuses at once; the cart, which reuses catalog's answers for a few
		// seconds (storesphere.cart.catalog.freshness), says so within that time; the
		// customer accepts the new price.
		admin
			.patch("/api/admin/products/" + teapotId,
					body("price", new BigDecimal("32.00"), "version", teapot.get("version")))
			.expect(200);
		Answer refused = customer.post("/api/checkout", payment(VISA),
				Map.of("Idempotency-Key", UUID.randomUUID().toString()));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("/prices-changed");
		JsonNode teapotLine = await().atMost(Duration.ofSeconds(15))
			.until(() -> line(customer.get("/api/cart").expect(200).json(), teapotId),
					(seen) -> seen.get("priceChanged").asBoolean());
		assertThat(teapotLine.get("addedUnitPrice").asString()).isEqualTo("30.00");
		assertThat(teapotLine.get("unitPrice").asString()).isEqualTo("32.00");
		cart = customer.post("/api/cart/accept-prices", null).expect(200).json();
		assertThat(line(cart, teapotId).get("priceChanged").asBoolean()).isFalse();
		assertThat(cart.get("subtotal").asString()).isEqualTo("57.00");

		cart = customer.delete("/api/cart/items/" + teapotId).expect(200).json();

		assertThat(cart.get("items")).hasSize(1);
		assertThat(cart.get("items").get(0).get("productId").asString()).isEqualTo(kettleId);
		assertThat(cart.get("itemCount").asInt()).isEqualTo(2);
		assertThat(cart.get("subtotal").asString()).isEqualTo("25.00");
		assertThat(customer.get("/api/cart").expect(200).json().get("subtotal").asString()).isEqualTo("25.00");

		// Stock is the limit: 11 kettles are refused and change nothing.
		Answer tooMany = customer.put("/api/cart/items/" + kettleId, body("quantity", 11));
		assertThat(tooMany.status()).isEqualTo(409);
		assertThat(tooMany.json().get("type").asString()).endsWith("/insufficient-stock");
		assertThat(customer.get("/api/cart").json().get("itemCount").asInt()).isEqualTo(2);
	}

	@Test
	@Order(3)
	void aDeclinedCardChargesNothing() {
		Answer declined = customer.post("/api/checkout", payment("4000 0000 0000 0002"),
				Map.of("Idempotency-Key", UUID.randomUUID().toString()));
		assertThat(declined.status()).isEqualTo(402);
		assertThat(declined.json().get("type").asString()).endsWith("/payment-declined");
		assertThat(declined.json().get("detail").asString()).isNotBlank();
		assertThat(customer.get("/api/orders").expect(200).json().get("items")).isEmpty();
	}

	@Test
	@Order(4)
	void theCustomerPaysOnceWhateverTheRetries() {
		String key = UUID.randomUUID().toString();
		Answer placed = customer.post("/api/checkout", payment(VISA), Map.of("Idempotency-Key", key)).expect(201);
		order = placed.json();
		assertThat(placed.header("Location")).isEqualTo("/api/orders/" + order.get("id").asString());
		assertThat(order.get("status").asString()).isEqualTo("PLACED");
		assertThat(order.get("subtotal").asString()).isEqualTo("25.00");
		BigDecimal tax = new BigDecimal("25.00").multiply(new BigDecimal(order.get("taxRate").asString()))
			.setScale(2, RoundingMode.HALF_EVEN);
		assertThat(order.get("taxAmount").asString()).isEqualTo(tax.toPlainString());
		assertThat(order.get("grandTotal").asString()).isEqualTo(new BigDecimal("25.00").add(tax).toPlainString());
		assertThat(order.get("payment").get("last4").asString()).isEqualTo("4242");
		assertThat(placed.body()).doesNotContain("4242 4242 4242 4242", "4242424242424242");

		// The same request again (a retry after a lost answer): the same order, no second
		// charge.
		Answer replayed = customer.post("/api/checkout", payment(VISA), Map.of("Idempotency-Key", key)).expect(201);
		assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(replayed.json().get("id").asString()).isEqualTo(order.get("id").asString());
		assertThat(customer.get("/api/orders").expect(200).json().get("items")).hasSize(1);
	}

	@Test
	@Order(5)
	void theInvoiceShowsTheOrderAndItIsConfirmed() {
		String path = "/api/orders/" + order.get("id").asString();
		JsonNode invoice = await().atMost(ASYNC)
			.until(() -> customer.get(path).expect(200).json(),
					(json) -> json.get("status").asString().equals("CONFIRMED"));
		assertThat(invoice.get("orderNumber").asString()).isEqualTo(order.get("orderNumber").asString());
		assertThat(invoice.get("lines")).hasSize(1);
		JsonNode line = invoice.get("lines").get(0);
		assertThat(line.get("productName").asString()).isEqualTo("System Kettle " + nonce);
		assertThat(line.get("quantity").asInt()).isEqualTo(2);
		assertThat(line.get("lineTotal").asString()).isEqualTo("25.00");
		assertThat(invoice.get("grandTotal").asString()).isEqualTo(order.get("grandTotal").asString());
		assertThat(invoice.get("confirmedAt")).isNotNull();

		// Admins may read every order.
		assertThat(admin.get(path).status()).isEqualTo(200);
	}

	@Test
	@Order(6)
	void stockWentDownAndTheCartEmptied() {
		String kettlePath = "/api/products/" + kettle.get("id").asString();
		await().atMost(ASYNC).untilAsserted(() -> {
			JsonNode product = Api.anonymous().get(kettlePath).expect(200).json();
			assertThat(product.get("stock").asInt()).isEqualTo(8);
			assertThat(product.get("stockStatus").asString()).isEqualTo("LOW_STOCK");
		});
		await().atMost(ASYNC)
			.untilAsserted(() -> assertThat(customer.get("/api/cart").expect(200).json().get("items")).isEmpty());
	}

	@Test
	@Order(7)
	void theReceiptIsInTheSesEmulator() {
		String orderNumber = order.get("orderNumber").asString();
		JsonNode mail = await().atMost(ASYNC).until(() -> SesStore.mailTo(email), (mails) -> !mails.isEmpty()).get(0);
		String html = mail.get("body").get("html").asString();
		assertThat(mail.get("subject").asString() + html).contains(orderNumber);
		assertThat(html).contains("System Kettle " + nonce).contains(order.get("grandTotal").asString());
	}

	@Test
	@Order(8)
	void theAdminsGetALowStockAlert() {
		String subject = "StoreSphere low stock: System Kettle " + nonce;
		await().atMost(ASYNC).untilAsserted(() -> {
			JsonNode alerts = admin.get("/api/admin/alerts?limit=200").expect(200).json();
			List<String> subjects = new ArrayList<>();
			alerts.forEach((alert) -> subjects.add(alert.get("subject").asString()));
			assertThat(subjects).contains(subject);
		});
		// Customers may not read them.
		assertThat(customer.get("/api/admin/alerts").status()).isEqualTo(403);
	}

	@Test
	@Order(9)
	void theLifetimeValueShowsWhatTheCustomerBought() {
		await().atMost(ASYNC).untilAsserted(() -> {
			JsonNode users = admin.get("/api/admin/users?q=" + query(email)).expect(200).json().get("items");
			assertThat(users).hasSize(1);
			assertThat(users.get(0).get("itemsBought").asInt()).isEqualTo(2);
			assertThat(users.get(0).get("moneySpent").asString()).isEqualTo(order.get("grandTotal").asString());
			assertThat(users.get(0).get("orderCount").asInt()).isEqualTo(1);
		});
	}

	@Test
	@Order(10)
	void theOriginalAppsEndpointsStillWork() {
		String oldEmail = "old-client-" + nonce + "@example.com";
		Api.anonymous()
			.post("/api/signup", body("fullName", "Old Client", "email", oldEmail, "password", PASSWORD))
			.expect(201);
		Answer login = Api.anonymous().post("/api/login", body("email", oldEmail, "password", PASSWORD)).expect(200);
		Api oldClient = Api.anonymous().withToken(login.json().get("accessToken").asString());

		JsonNode products = Api.anonymous()
			.get("/api/products?q=" + query("System Teapot " + nonce))
			.expect(200)
			.json();
		assertThat(products.get("items")).hasSize(1);
		String teapotId = products.get("items").get(0).get("id").asString();

		// The original body used product_id.
		JsonNode cart = oldClient.post("/api/cart", body("product_id", teapotId, "quantity", 1)).expect(200).json();
		assertThat(cart.get("subtotal").asString()).isEqualTo("32.00");

		// The original clients sent no Idempotency-Key; the gateway gives this route one.
		JsonNode paid = oldClient.post("/api/record_payment", payment("5555 5555 5555 4444")).expect(201).json();
		assertThat(paid.get("grandTotal").asString()).isEqualTo("34.56");
		assertThat(paid.get("payment").get("cardBrand").asString()).isEqualTo("MASTERCARD");

		assertThat(oldClient.get("/api/get_users").status()).isEqualTo(403);
		await().atMost(ASYNC).untilAsserted(() -> {
			JsonNode users = admin.get("/api/get_users?q=" + query(oldEmail)).expect(200).json().get("items");
			assertThat(users).hasSize(1);
			assertThat(users.get(0).get("moneySpent").asString()).isEqualTo("34.56");
		});
	}

	private static JsonNode line(JsonNode cart, String productId) {
		for (JsonNode line : cart.get("items")) {
			if (line.get("productId").asString().equals(productId)) {
				return line;
			}
		}
		throw new AssertionError("No line for " + productId + " in " + cart);
	}

	private static String query(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static Map<String, Object> payment(String cardNumber) {
		return body("payment", body("cardNumber", cardNumber, "expiryMonth", 12, "expiryYear", 2031, "cvc", "123",
				"cardholderName", "Ada Buyer"));
	}

}
