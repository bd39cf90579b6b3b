package io.storesphere.checkout;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.storesphere.checkout.Shop.Product;
import io.storesphere.events.EventType;
import io.storesphere.events.OrderPlaced;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.storesphere.checkout.Shop.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Placing an order, and every way checkout refuses one, as the customer sees it. */
class PlaceOrderIT extends CheckoutIntegrationTest {

	private static final Product KETTLE = new Product("prod-kettle", "Copper Kettle", "49.90", 7);

	private static final Product MUG = new Product("prod-mug", "Stoneware Mug", "12.50", 3);

	@Test
	void aPaidCartBecomesAPlacedOrderAndItsEventReachesTheConsumers() {
		String userId = UUID.randomUUID().toString();
		String token = TestTokens.get().customer(userId);
		Shop.cartHolds(KETTLE, 2, "49.90", MUG, 1, "12.50");
		Shop.catalogHas(List.of(KETTLE, MUG));

		try (OrderEventsProbe probe = OrderEventsProbe.subscribe(this.environment)) {
			Response response = this.shop.checkout(token);

			assertThat(response.status()).as(response.body()).isEqualTo(201);
			JsonNode order = json(response);
			String orderId = order.get("id").asString();
			assertThat(response.header("Location")).isEqualTo("/api/orders/" + orderId);
			assertThat(order.get("orderNumber").asString()).matches("SS-\\d{6}-[2-9A-Z]{5}");
			assertThat(order.get("status").asString()).isEqualTo("PLACED");
			assertThat(order.get("lines")).hasSize(2);
			assertThat(order.get("lines").get(0).get("productName").asString()).isEqualTo("Copper Kettle");
			assertThat(order.get("lines").get(0).get("unitPrice").asString()).isEqualTo("49.90");
			assertThat(order.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
			assertThat(order.get("lines").get(0).get("lineTotal").asString()).isEqualTo("99.80");
			assertThat(order.get("itemCount").asInt()).isEqualTo(3);
			assertThat(order.get("subtotal").asString()).isEqualTo("112.30");
			assertThat(order.get("taxRate").asString()).isEqualTo("0.08");
			assertThat(order.get("taxAmount").asString()).isEqualTo("8.98");
			assertThat(order.get("grandTotal").asString()).isEqualTo("121.28");
			assertThat(order.get("currency").asString()).isEqualTo("USD");
			assertThat(order.get("payment").get("cardBrand").asString()).isEqualTo("VISA");
			assertThat(order.get("payment").get("last4").asString()).isEqualTo("4242");
			assertThat(order.get("payment").get("reference").asString()).startsWith("pay_");
			assertThat(order.get("placedAt").asString()).endsWith("Z");

			// The caller's own token went to cart and catalog; catalog was asked for both
			// products.
			assertThat(Shop.last(CART).header("Authorization")).isEqualTo("Bearer " + token);
			assertThat(Shop.last(CATALOG).header("Authorization")).isEqualTo("Bearer " + token);
			assertThat(Shop.last(CATALOG).body()).contains("prod-kettle").contains("prod-mug");

			Response stored = this.shop.get("/api/orders/" + orderId, token);
			assertThat(stored.status()).isEqualTo(200);
			assertThat(json(stored).get("grandTotal").asString()).isEqualTo("121.28");

			List<OrderEventsProbe.Received> events = probe.await(OrderEventsProbe.of(orderId, EventType.ORDER_PLACED),
					1, Duration.ofSeconds(15));
			assertThat(events).hasSize(1);
			assertThat(events.get(0).eventTypeAttribute()).isEqualTo("checkout.order-placed.v1");
			assertThat(events.get(0).event().producer()).isEqualTo("checkout-service");
			OrderPlaced placed = (OrderPlaced) events.get(0).event().payload();
			assertThat(placed.userId()).isEqualTo(userId);
			assertThat(placed.customerName()).isEqualTo("Test User");
			assertThat(placed.customerEmail()).isEqualTo(userId + "@example.com");
			assertThat(placed.orderNumber()).isEqualTo(order.get("orderNumber").asString());
			assertThat(placed.grandTotal()).isEqualTo(new BigDecimal("121.28"));
			assertThat(placed.taxAmount()).isEqualTo(new BigDecimal("8.98"));
			assertThat(placed.lines()).hasSize(2);
			assertThat(placed.payment().cardLast4()).isEqualTo("4242");
		}
	}

	@Test
	void aDeclinedCardIsA402AndNoOrder() {
		String token = customerWithCartOf(KETTLE);

		Response declined = this.shop.checkout(token, Shop.newIdempotencyKey(), Shop.card(Shop.DECLINED));
		Response noFunds = this.shop.checkout(token, Shop.newIdempotencyKey(), Shop.card(Shop.NO_FUNDS));

		assertProblem(declined, 402, "payment-declined");
		assertThat(json(declined).get("detail").asString()).contains("declined");
		assertProblem(noFunds, 402, "insufficient-funds");
		assertThat(this.shop.ordersOf(token)).isEmpty();
	}

	@Test
	void cardDetailsThatCannotBeRightAreA422NamingTheFields() {
		String token = customerWithCartOf(KETTLE);

		Response response = this.shop.checkout(token, Shop.newIdempotencyKey(),
				"{\"payment\":{\"cardNumber\":\"4242 4242 4242 4241\",\"expiryMonth\":1,\"expiryYear\":2020,"
						+ "\"cvc\":\"12\",\"cardholderName\":\"Ada\"}}");

		assertProblem(response, 422, "invalid-card");
		assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("payment.cardNumber",
				"payment.expiryYear", "payment.cvc");
		assertThat(response.body()).doesNotContain("4241");
		assertThat(this.shop.ordersOf(token)).isEmpty();
	}

	@Test
	void aPriceThatChangedSinceItWasAddedIsA409WithTheNewPrice() {
		String token = TestTokens.get().customer();
		Shop.cartHolds(MUG, 1, "11.00");
		Shop.catalogHas(List.of(MUG));

		Response response = this.shop.checkout(token);

		assertProblem(response, 409, "prices-changed");
		JsonNode change = json(response).get("changes").get(0);
		assertThat(change.get("productId").asString()).isEqualTo("prod-mug");
		assertThat(change.get("acceptedPrice").asString()).isEqualTo("11.00");
		assertThat(change.get("currentPrice").asString()).isEqualTo("12.50");
		assertThat(json(response).get("detail").asString()).contains("Stoneware Mug was 11.00, now 12.50")
			.contains("Accept the new prices");
		assertThat(this.shop.ordersOf(token)).isEmpty();
	}

	@Test
	void moreThanIsInStockIsA409WithTheShortages() {
		String token = TestTokens.get().customer();
		Shop.cartHolds(KETTLE, 1, "49.90", MUG, 5, "12.50");
		Shop.catalogHas(List.of(KETTLE, MUG));

		Response response = this.shop.checkout(token);

		assertProblem(response, 409, "insufficient-stock");
		JsonNode shortage = json(response).get("shortages").get(0);
		assertThat(json(response).get("shortages")).hasSize(1);
		assertThat(shortage.get("productName").asString()).isEqualTo("Stoneware Mug");
		assertThat(shortage.get("requested").asInt()).isEqualTo(5);
		assertThat(shortage.get("available").asInt()).isEqualTo(3);
		assertThat(this.shop.ordersOf(token)).isEmpty();
	}

	@Test
	void aProductCatalogNoLongerSellsIsA409NamingIt() {
		String token = TestTokens.get().customer();
		Product lamp = new Product("prod-lamp", "Brass Lamp", "30.00", 2);
		Shop.cartHolds(KETTLE, 1, "49.90", lamp, 1, "30.00");
		Shop.catalogHas(List.of(KETTLE), "prod-lamp");

		Response response = this.shop.checkout(token);

		assertProblem(response, 409, "products-unavailable");
		assertThat(json(response).get("products").get(0).get("productName").asString()).isEqualTo("Brass Lamp");
	}

	@Test
	void anEmptyCartIsA422AndCatalogIsNotAsked() {
		String token = TestTokens.get().customer();
		CART.answer("GET", "/api/cart", 200, "{\"items\":[],\"itemCount\":0,\"subtotal\":\"0.00\",\"version\":1}");

		Response response = this.shop.checkout(token);

		assertProblem(response, 422, "cart-empty");
		assertThat(CATALOG.requests()).isEmpty();
	}

	@Test
	void aCheckoutWithoutAnIdempotencyKeyOrCardIsA400() {
		String token = TestTokens.get().customer();

		Response noKey = this.shop.checkout(token, null, Shop.card(Shop.VISA));
		Response noCard = this.shop.checkout(token, "k-1", "{\"payment\":{\"cardNumber\":\"\",\"expiryMonth\":1}}");
		Response notJson = this.shop.checkout(token, "k-2", "card please");

		assertProblem(noKey, 400, "invalid-request");
		assertThat(json(noKey).get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
		assertProblem(noCard, 400, "invalid-request");
		assertThat(json(noCard).get("errors").findValuesAsString("field")).contains("payment.cardNumber",
				"payment.expiryYear", "payment.cvc", "payment.cardholderName");
		assertProblem(notJson, 400, "unreadable-request");
		assertThat(CART.requests()).isEmpty();
	}

	@Test
	void theCheckoutPageLearnsTheCurrencyTaxRateAndTestCards() {
		Response info = this.shop.get("/api/checkout", TestTokens.get().customer());

		assertThat(info.status()).isEqualTo(200);
		JsonNode body = json(info);
		assertThat(body.get("currency").asString()).isEqualTo("USD");
		assertThat(body.get("taxRate").asString()).isEqualTo("0.08");
		assertThat(body.get("testCards").findValuesAsString("number")).contains("4242 4242 4242 4242",
				"4000 0000 0000 0002", "4000 0000 0000 9995");
		assertThat(body.get("testCards").findValuesAsString("outcome")).contains("APPROVED", "DECLINED",
				"INSUFFICIENT_FUNDS");
	}

	static void assertProblem(Response response, int status, String type) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(json(response).get("type").asString()).isEqualTo("https://storesphere.dev/problems/" + type);
		assertThat(json(response).get("detail").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("trace");
	}

}
