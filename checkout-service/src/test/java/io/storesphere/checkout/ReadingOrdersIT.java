package io.storesphere.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.storesphere.checkout.Shop.Product;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.storesphere.checkout.PlaceOrderIT.assertProblem;
import static io.storesphere.checkout.Shop.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Customers read their own orders, page by page; admins read everyone's. */
class ReadingOrdersIT extends CheckoutIntegrationTest {

	private static final Product BOWL = new Product("prod-bowl", "Salad Bowl", "18.00", 50);

	@Test
	void anotherCustomersOrderIsNotFoundButAnAdminSeesIt() {
		Shop.cartAndCatalogAgree(BOWL);
		String orderId = json(this.shop.checkout(TestTokens.get().customer())).get("id").asString();

		Response stranger = this.shop.get("/api/orders/" + orderId, TestTokens.get().customer());
		Response nobody = this.shop.get("/api/orders/" + UUID.randomUUID(), TestTokens.get().customer());
		Response admin = this.shop.get("/api/orders/" + orderId, TestTokens.get().admin());

		assertProblem(stranger, 404, "order-not-found");
		// Someone else's order looks exactly like one that does not exist.
		assertProblem(nobody, 404, "order-not-found");
		assertThat(json(stranger).get("title")).isEqualTo(json(nobody).get("title"));
		assertThat(stranger.body()).doesNotContain("Salad Bowl");
		assertThat(admin.status()).isEqualTo(200);
		assertThat(json(admin).get("id").asString()).isEqualTo(orderId);
	}

	@Test
	void aCustomerPagesThroughTheirOwnOrdersNewestFirst() {
		String token = customerWithCartOf(BOWL);
		List<String> placed = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			placed.add(0, json(this.shop.checkout(token)).get("id").asString());
		}
		this.shop.checkout(TestTokens.get().customer());

		JsonNode first = json(this.shop.get("/api/orders?limit=2", token));
		JsonNode second = json(
				this.shop.get("/api/orders?limit=2&cursor=" + first.get("nextCursor").asString(), token));

		List<String> seen = new ArrayList<>(first.get("items").findValuesAsString("id"));
		seen.addAll(second.get("items").findValuesAsString("id"));
		assertThat(seen).containsExactlyElementsOf(placed);
		assertThat(first.get("items").get(0).get("grandTotal").asString()).isEqualTo("19.44");
		assertThat(first.get("items").get(0).get("orderNumber").asString()).startsWith("SS-");
		assertThat(second.has("nextCursor")).isFalse();
	}

	@Test
	void aCursorFromAnotherCustomerOrMadeUpIsA400() {
		String ada = customerWithCartOf(BOWL);
		this.shop.checkout(ada);
		this.shop.checkout(ada);
		String adasCursor = json(this.shop.get("/api/orders?limit=1", ada)).get("nextCursor").asString();

		assertProblem(this.shop.get("/api/orders?limit=1&cursor=" + adasCursor, TestTokens.get().customer()), 400,
				"invalid-request");
		assertProblem(this.shop.get("/api/orders?cursor=bm9wZQ", ada), 400, "invalid-request");
		assertProblem(this.shop.get("/api/orders?limit=500", ada), 400, "invalid-request");
	}

	@Test
	void adminsListEveryonesOrdersByStatusAndCustomersMayNot() {
		Shop.cartAndCatalogAgree(BOWL);
		String orderId = json(this.shop.checkout(TestTokens.get().customer())).get("id").asString();
		String admin = TestTokens.get().admin();

		JsonNode placed = json(this.shop.get("/api/admin/orders?status=PLACED&limit=100", admin));
		JsonNode all = json(this.shop.get("/api/admin/orders?limit=1", admin));

		assertThat(placed.get("items").findValuesAsString("id")).contains(orderId);
		assertThat(placed.get("items").findValuesAsString("status")).containsOnly("PLACED");
		assertThat(placed.get("items").get(0).get("customerEmail").asString()).endsWith("@example.com");
		assertThat(all.get("items")).hasSize(1);
		assertThat(all.get("items").get(0).get("id").asString()).isEqualTo(orderId);
		assertThat(all.get("nextCursor").asString()).isNotBlank();
		JsonNode next = json(
				this.shop.get("/api/admin/orders?limit=1&cursor=" + all.get("nextCursor").asString(), admin));
		assertThat(next.get("items").get(0).get("id").asString()).isNotEqualTo(orderId);
		assertProblem(this.shop.get("/api/admin/orders?status=SHIPPED", admin), 400, "invalid-request");
		assertProblem(this.shop.get("/api/admin/orders", TestTokens.get().customer()), 403, "forbidden");
	}

}
