package io.storesphere.cart;

import java.util.List;

import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.http.StubService.RecordedRequest;
import io.storesphere.testsupport.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.storesphere.cart.CartClient.cart;
import static io.storesphere.cart.CartClient.line;
import static io.storesphere.cart.CartClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The cart API as a customer (through the gateway) and checkout use it. */
class CartApiIT extends CartIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TestTokens tokens = TestTokens.get();

	@Test
	void aNewCustomersCartIsEmptyAtVersionZeroWithoutAskingCatalog() {
		CATALOG.forget();

		Response response = client().get(this.tokens.customer());

		assertThat(JSON.readTree(response.body())).isEqualTo(JSON
			.readTree("{\"items\":[],\"itemCount\":0,\"subtotal\":\"0.00\",\"version\":0,\"pricesCurrent\":true}"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(CATALOG.batchCalls()).isEmpty();
	}

	@Test
	void addingAProductShowsTheWholeCartWithCatalogsNamePriceAndStock() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		String token = this.tokens.customer();

		JsonNode cart = cart(client().add(token, lamp, 2));

		assertThat(cart.get("items")).hasSize(1);
		JsonNode line = line(cart, lamp);
		assertThat(line.get("name").asString()).isEqualTo("Desk Lamp");
		assertThat(line.get("unitPrice").asString()).isEqualTo("12.50");
		assertThat(line.get("addedUnitPrice").asString()).isEqualTo("12.50");
		assertThat(line.get("quantity").asInt()).isEqualTo(2);
		assertThat(line.get("lineTotal").asString()).isEqualTo("25.00");
		assertThat(line.get("imageUrl").asString()).isEqualTo("/api/products/" + lamp + "/image");
		assertThat(line.get("priceChanged").asBoolean()).isFalse();
		assertThat(line.get("unavailable").asBoolean()).isFalse();
		assertThat(line.get("insufficientStock").asBoolean()).isFalse();
		assertThat(line.get("availableStock").asInt()).isEqualTo(7);
		assertThat(cart.get("itemCount").asInt()).isEqualTo(2);
		assertThat(cart.get("subtotal").asString()).isEqualTo("25.00");
		assertThat(cart.get("version").asLong()).isEqualTo(1);
		assertThat(cart(client().get(token))).isEqualTo(cart);
	}

	@Test
	void addingAgainAddsToTheLineAndOtherProductsGetTheirOwnLinesInOrder() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		String mug = CATALOG.product("Mug", "4.05", 50);
		String token = this.tokens.customer();
		client().add(token, lamp, 1);
		client().add(token, mug, 3);

		JsonNode cart = cart(client().add(token, lamp, 2));

		assertThat(cart.get("items").get(0).get("productId").asString()).isEqualTo(lamp);
		assertThat(cart.get("items").get(1).get("productId").asString()).isEqualTo(mug);
		assertThat(line(cart, lamp).get("quantity").asInt()).isEqualTo(3);
		assertThat(cart.get("itemCount").asInt()).isEqualTo(6);
		assertThat(cart.get("subtotal").asString()).isEqualTo("49.65");
		assertThat(cart.get("version").asLong()).isEqualTo(3);
	}

	@Test
	void eachRequestAsksCatalogOnceWithTheCallersTokenAndTheCartsProducts() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		String mug = CATALOG.product("Mug", "4.05", 50);
		String token = this.tokens.customer();
		client().add(token, lamp, 1);
		CATALOG.forget();

		client().add(token, mug, 1);
		client().get(token);

		List<RecordedRequest> calls = CATALOG.batchCalls();
		assertThat(calls).hasSize(2);
		for (RecordedRequest call : calls) {
			assertThat(call.method()).isEqualTo("POST");
			assertThat(call.header("Authorization")).isEqualTo("Bearer " + token);
			assertThat(JSON.readTree(call.body()))
				.isEqualTo(JSON.readTree("{\"ids\":[\"" + lamp + "\",\"" + mug + "\"]}"));
		}
	}

	@Test
	void theOriginalAppsSnakeCaseBodyAndPathStillAdd() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		String token = this.tokens.customer();

		cart(client().add(token, "{\"product_id\":\"" + lamp + "\"}"));
		JsonNode cart = cart(client().send(token, "POST", "", "{\"product_id\":\"" + lamp + "\",\"quantity\":2}"));

		assertThat(line(cart, lamp).get("quantity").asInt()).isEqualTo(3);
	}

	@Test
	void settingAQuantityReplacesItAndZeroRemovesTheLine() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		String mug = CATALOG.product("Mug", "4.05", 50);
		String token = this.tokens.customer();
		client().add(token, lamp, 5);
		client().add(token, mug, 1);

		assertThat(line(cart(client().set(token, lamp, 2)), lamp).get("quantity").asInt()).isEqualTo(2);
		JsonNode cart = cart(client().set(token, lamp, 0));

		assertThat(line(cart, lamp)).isNull();
		assertThat(cart.get("items")).hasSize(1);
		assertThat(cart.get("subtotal").asString()).isEqualTo("4.05");
	}

	@Test
	void settingAProductNotYetInTheCartAddsIt() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);

		JsonNode cart = cart(client().set(this.tokens.customer(), lamp, 4));

		assertThat(line(cart, lamp).get("quantity").asInt()).isEqualTo(4);
	}

	@Test
	void removingALineAndEmptyingTheCart() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		String mug = CATALOG.product("Mug", "4.05", 50);
		String token = this.tokens.customer();
		client().add(token, lamp, 1);
		client().add(token, mug, 1);

		JsonNode afterRemove = cart(client().remove(token, lamp));
		assertThat(afterRemove.get("items")).hasSize(1);
		assertThat(line(afterRemove, mug)).isNotNull();
		// Removing what is not there changes nothing.
		assertThat(cart(client().remove(token, lamp)).get("version").asLong())
			.isEqualTo(afterRemove.get("version").asLong());

		JsonNode emptied = cart(client().clear(token));
		assertThat(emptied.get("items")).isEmpty();
		assertThat(emptied.get("itemCount").asInt()).isZero();
		assertThat(emptied.get("subtotal").asString()).isEqualTo("0.00");
		assertThat(cart(client().get(token)).get("items")).isEmpty();
	}

	@Test
	void aChangedPriceIsShownAndFlaggedUntilTheCustomerAcceptsIt() {
		String lamp = CATALOG.product("Desk Lamp", "11.00", 7);
		String token = this.tokens.customer();
		client().add(token, lamp, 2);

		CATALOG.price(lamp, "12.50");
		JsonNode changed = line(cart(client().get(token)), lamp);
		assertThat(changed.get("unitPrice").asString()).isEqualTo("12.50");
		assertThat(changed.get("addedUnitPrice").asString()).isEqualTo("11.00");
		assertThat(changed.get("lineTotal").asString()).isEqualTo("25.00");
		assertThat(changed.get("priceChanged").asBoolean()).isTrue();

		JsonNode accepted = cart(client().acceptPrices(token));
		assertThat(line(accepted, lamp).get("addedUnitPrice").asString()).isEqualTo("12.50");
		assertThat(line(accepted, lamp).get("priceChanged").asBoolean()).isFalse();
		assertThat(line(cart(client().get(token)), lamp).get("priceChanged").asBoolean()).isFalse();
	}

	@Test
	void changingTheQuantityAcceptsTheCurrentPrice() {
		String lamp = CATALOG.product("Desk Lamp", "11.00", 7);
		String token = this.tokens.customer();
		client().add(token, lamp, 1);
		CATALOG.price(lamp, "9.90");

		JsonNode line = line(cart(client().add(token, lamp, 1)), lamp);

		assertThat(line.get("addedUnitPrice").asString()).isEqualTo("9.90");
		assertThat(line.get("priceChanged").asBoolean()).isFalse();
	}

	@Test
	void aProductGoneFromTheCatalogStaysListedUnderItsLastKnownNameButIsNotCounted() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		String chair = CATALOG.product("Old Chair", "30.00", 2);
		String token = this.tokens.customer();
		client().add(token, lamp, 1);
		client().add(token, chair, 1);

		CATALOG.remove(chair);
		JsonNode cart = cart(client().get(token));

		JsonNode gone = line(cart, chair);
		assertThat(gone.get("unavailable").asBoolean()).isTrue();
		assertThat(gone.get("name").asString()).isEqualTo("Old Chair");
		assertThat(cart.get("itemCount").asInt()).isEqualTo(1);
		assertThat(cart.get("subtotal").asString()).isEqualTo("12.50");
		// It can be removed, and no more of it added.
		problem(client().add(token, chair, 1), 422);
		assertThat(line(cart(client().remove(token, chair)), chair)).isNull();
	}

	@Test
	void stockThatNoLongerCoversTheQuantityIsFlagged() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		String token = this.tokens.customer();
		client().add(token, lamp, 5);

		CATALOG.stock(lamp, 3);
		JsonNode line = line(cart(client().get(token)), lamp);

		assertThat(line.get("insufficientStock").asBoolean()).isTrue();
		assertThat(line.get("availableStock").asInt()).isEqualTo(3);
		// Lowering the quantity to what is in stock clears the flag.
		assertThat(line(cart(client().set(token, lamp, 3)), lamp).get("insufficientStock").asBoolean()).isFalse();
	}

	@Test
	void moreThanTheStockIsA409ThatSaysHowManyThereAreAndChangesNothing() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		String token = this.tokens.customer();
		client().add(token, lamp, 5);

		JsonNode problem = problem(client().add(token, lamp, 3), 409);

		assertThat(problem.get("type").asString()).isEqualTo("https://storesphere.dev/problems/insufficient-stock");
		assertThat(problem.get("detail").asString())
			.isEqualTo("Only 7 of 'Desk Lamp' are in stock; this change would put 8 in your cart.");
		assertThat(problem.get("productId").asString()).isEqualTo(lamp);
		assertThat(problem.get("available").asInt()).isEqualTo(7);
		assertThat(problem.get("requested").asInt()).isEqualTo(8);
		assertThat(line(cart(client().get(token)), lamp).get("quantity").asInt()).isEqualTo(5);
		problem(client().set(token, lamp, 8), 409);
	}

	@Test
	void anOutOfStockProductCannotBeAdded() {
		String gone = CATALOG.product("Sold Out Sofa", "499.00", 0);

		JsonNode problem = problem(client().add(this.tokens.customer(), gone, 1), 409);

		assertThat(problem.get("detail").asString()).isEqualTo("'Sold Out Sofa' is out of stock.");
	}

	@Test
	void moreThanNinetyNineOfOneProductIsA422() {
		String pen = CATALOG.product("Pen", "0.99", 1000);
		String token = this.tokens.customer();
		client().add(token, pen, 99);

		JsonNode problem = problem(client().add(token, pen, 1), 422);

		assertThat(problem.get("type").asString()).isEqualTo("https://storesphere.dev/problems/quantity-limit");
		assertThat(problem.get("detail").asString())
			.isEqualTo("A cart can hold at most 99 of 'Pen'; this change would make it 100.");
		assertThat(problem.get("limit").asInt()).isEqualTo(99);
		problem(client().set(token, pen, 100), 422);
		assertThat(line(cart(client().get(token)), pen).get("quantity").asInt()).isEqualTo(99);
	}

	@Test
	void anUnknownProductIsA422() {
		JsonNode problem = problem(client().add(this.tokens.customer(), "no-such-product", 1), 422);

		assertThat(problem.get("type").asString()).isEqualTo("https://storesphere.dev/problems/unknown-product");
		assertThat(problem.get("detail").asString()).contains("no-such-product");
	}

	@Test
	void theFiftyFirstProductIsA409AndTheFullCartIsUnchanged() {
		String token = this.tokens.customer();
		for (int i = 1; i <= 50; i++) {
			cart(client().add(token, CATALOG.product("Thing " + i, "1.00", 10), 1));
		}

		JsonNode problem = problem(client().add(token, CATALOG.product("Thing 51", "1.00", 10), 1), 409);

		assertThat(problem.get("type").asString()).isEqualTo("https://storesphere.dev/problems/cart-full");
		assertThat(problem.get("detail").asString()).startsWith("Your cart already holds 50 different products");
		JsonNode cart = cart(client().get(token));
		assertThat(cart.get("items")).hasSize(50);
		assertThat(cart.get("version").asLong()).isEqualTo(50);
	}

	@Test
	void malformedChangesAre400ProblemsNamingTheField() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		String token = this.tokens.customer();

		assertThat(problem(client().add(token, lamp, 0), 400).get("errors").get(0).get("field").asString())
			.isEqualTo("quantity");
		assertThat(problem(client().add(token, lamp, -2), 400).get("type").asString())
			.isEqualTo("https://storesphere.dev/problems/invalid-request");
		assertThat(problem(client().add(token, "{\"quantity\":1}"), 400).get("errors").get(0).get("field").asString())
			.isEqualTo("productId");
		assertThat(problem(client().set(token, lamp, -1), 400).get("errors").get(0).get("field").asString())
			.isEqualTo("quantity");
		assertThat(problem(client().set(token, lamp, "{}"), 400).get("errors").get(0).get("field").asString())
			.isEqualTo("quantity");
		assertThat(
				problem(client().add(token, "{\"productId\":\"" + lamp + "\",\"quantity\":\"lots\"}"), 400).get("type")
					.asString())
			.isEqualTo("https://storesphere.dev/problems/unreadable-request");
		assertThat(problem(client().add(token, "not json"), 400).get("type").asString())
			.isEqualTo("https://storesphere.dev/problems/unreadable-request");
		assertThat(cart(client().get(token)).get("items")).isEmpty();
	}

	@Test
	void everyCustomerSeesAndChangesOnlyTheirOwnCart() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		String alice = this.tokens.customer("alice-" + lamp);
		String bob = this.tokens.customer("bob-" + lamp);
		client().add(alice, lamp, 2);

		assertThat(cart(client().get(bob)).get("items")).isEmpty();
		// A user id in the body is not a way into someone else's cart.
		client().add(bob, "{\"productId\":\"" + lamp + "\",\"quantity\":1,\"userId\":\"alice-" + lamp + "\"}");
		client().clear(bob);

		assertThat(line(cart(client().get(alice)), lamp).get("quantity").asInt()).isEqualTo(2);
		assertThat(cart(client().get(bob)).get("items")).isEmpty();
	}

	@Test
	void withoutATokenThereIsNoCart() {
		problem(HttpProbe.get(client().url()), 401);
		problem(HttpProbe.postJson(client().url() + "/items", "{\"productId\":\"p1\"}"), 401);
	}

}
