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

	/** A customer of this test's own, with an empty cart. */
	private final String token = TestTokens.get().customer();

	/** Catalog's Desk Lamp: 12.50, seven in stock. */
	private final String lamp = CATALOG.product("Desk Lamp", "12.50", 7);

	@Test
	void aNewCustomersCartIsEmptyAtVersionZeroWithoutAskingCatalog() {
		CATALOG.forget();

		Response response = client().get(this.token);

		assertThat(JSON.readTree(response.body())).isEqualTo(JSON
			.readTree("{\"items\":[],\"itemCount\":0,\"subtotal\":\"0.00\",\"version\":0,\"pricesCurrent\":true}"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(CATALOG.batchCalls()).isEmpty();
	}

	@Test
	void addingAProductShowsTheWholeCartWithCatalogsNamePriceAndStock() {
		JsonNode cart = cart(client().add(this.token, this.lamp, 2));

		assertThat(cart.get("items")).hasSize(1);
		JsonNode line = line(cart, this.lamp);
		assertThat(line.get("name").asString()).isEqualTo("Desk Lamp");
		assertThat(line.get("unitPrice").asString()).isEqualTo("12.50");
		assertThat(line.get("addedUnitPrice").asString()).isEqualTo("12.50");
		assertThat(line.get("quantity").asInt()).isEqualTo(2);
		assertThat(line.get("lineTotal").asString()).isEqualTo("25.00");
		assertThat(line.get("imageUrl").asString()).isEqualTo("/api/products/" + this.lamp + "/image");
		assertThat(line.get("priceChanged").asBoolean()).isFalse();
		assertThat(line.get("unavailable").asBoolean()).isFalse();
		assertThat(line.get("insufficientStock").asBoolean()).isFalse();
		assertThat(line.get("availableStock").asInt()).isEqualTo(7);
		assertThat(cart.get("itemCount").asInt()).isEqualTo(2);
		assertThat(cart.get("subtotal").asString()).isEqualTo("25.00");
		assertThat(cart.get("version").asLong()).isEqualTo(1);
		assertThat(cart(client().get(this.token))).isEqualTo(cart);
	}

	@Test
	void addingAgainAddsToTheLineAndOtherProductsGetTheirOwnLinesInOrder() {
		String mug = CATALOG.product("Mug", "4.05", 50);
		client().add(this.token, this.lamp, 1);
		client().add(this.token, mug, 3);

		JsonNode cart = cart(client().add(this.token, this.lamp, 2));

		assertThat(cart.get("items").get(0).get("productId").asString()).isEqualTo(this.lamp);
		assertThat(cart.get("items").get(1).get("productId").asString()).isEqualTo(mug);
		assertThat(line(cart, this.lamp).get("quantity").asInt()).isEqualTo(3);
		assertThat(cart.get("itemCount").asInt()).isEqualTo(6);
		assertThat(cart.get("subtotal").asString()).isEqualTo("49.65");
		assertThat(cart.get("version").asLong()).isEqualTo(3);
	}

	@Test
	void eachRequestAsksCatalogOnceWithTheCallersTokenAndTheCartsProducts() {
		String mug = CATALOG.product("Mug", "4.05", 50);
		client().add(this.token, this.lamp, 1);
		CATALOG.forget();

		client().add(this.token, mug, 1);
		client().get(this.token);

		List<RecordedRequest> calls = CATALOG.batchCalls();
		assertThat(calls).hasSize(2);
		for (RecordedRequest call : calls) {
			assertThat(call.method()).isEqualTo("POST");
			assertThat(call.header("Authorization")).isEqualTo("Bearer " + this.token);
			assertThat(JSON.readTree(call.body()))
				.isEqualTo(JSON.readTree("{\"ids\":[\"" + this.lamp + "\",\"" + mug + "\"]}"));
		}
	}

	@Test
	void theOriginalAppsSnakeCaseBodyAndPathStillAdd() {
		cart(client().add(this.token, "{\"product_id\":\"" + this.lamp + "\"}"));
		JsonNode cart = cart(
				client().send(this.token, "POST", "", "{\"product_id\":\"" + this.lamp + "\",\"quantity\":2}"));

		assertThat(line(cart, this.lamp).get("quantity").asInt()).isEqualTo(3);
	}

	@Test
	void settingAQuantityReplacesItAndZeroRemovesTheLine() {
		String mug = CATALOG.product("Mug", "4.05", 50);
		client().add(this.token, this.lamp, 5);
		client().add(this.token, mug, 1);

		assertThat(line(cart(client().set(this.token, this.lamp, 2)), this.lamp).get("quantity").asInt()).isEqualTo(2);
		JsonNode cart = cart(client().set(this.token, this.lamp, 0));

		assertThat(line(cart, this.lamp)).isNull();
		assertThat(cart.get("items")).hasSize(1);
		assertThat(cart.get("subtotal").asString()).isEqualTo("4.05");
	}

	@Test
	void settingAProductNotYetInTheCartAddsIt() {
		JsonNode cart = cart(client().set(this.token, this.lamp, 4));

		assertThat(line(cart, this.lamp).get("quantity").asInt()).isEqualTo(4);
	}

	@Test
	void removingALineAndEmptyingTheCart() {
		String mug = CATALOG.product("Mug", "4.05", 50);
		client().add(this.token, this.lamp, 1);
		client().add(this.token, mug, 1);

		JsonNode afterRemove = cart(client().remove(this.token, this.lamp));
		assertThat(afterRemove.get("items")).hasSize(1);
		assertThat(line(afterRemove, mug)).isNotNull();
		// Removing what is not there changes nothing.
		assertThat(cart(client().remove(this.token, this.lamp)).get("version").asLong())
			.isEqualTo(afterRemove.get("version").asLong());

		JsonNode emptied = cart(client().clear(this.token));
		assertThat(emptied.get("items")).isEmpty();
		assertThat(emptied.get("itemCount").asInt()).isZero();
		assertThat(emptied.get("subtotal").asString()).isEqualTo("0.00");
		assertThat(cart(client().get(this.token)).get("items")).isEmpty();
	}

	@Test
	void aChangedPriceIsShownAndFlaggedUntilTheCustomerAcceptsIt() {
		CATALOG.price(this.lamp, "11.00");
		client().add(this.token, this.lamp, 2);

		CATALOG.price(this.lamp, "12.50");
		JsonNode changed = line(cart(client().get(this.token)), this.lamp);
		assertThat(changed.get("unitPrice").asString()).isEqualTo("12.50");
		assertThat(changed.get("addedUnitPrice").asString()).isEqualTo("11.00");
		assertThat(changed.get("lineTotal").asString()).isEqualTo("25.00");
		assertThat(changed.get("priceChanged").asBoolean()).isTrue();

		JsonNode accepted = cart(client().acceptPrices(this.token));
		assertThat(line(accepted, this.lamp).get("addedUnitPrice").asString()).isEqualTo("12.50");
		assertThat(line(accepted, this.lamp).get("priceChanged").asBoolean()).isFalse();
		assertThat(line(cart(client().get(this.token)), this.lamp).get("priceChanged").asBoolean()).isFalse();
	}

	@Test
	void changingTheQuantityAcceptsTheCurrentPrice() {
		CATALOG.price(this.lamp, "11.00");
		client().add(this.token, this.lamp, 1);
		CATALOG.price(this.lamp, "9.90");

		JsonNode line = line(cart(client().add(this.token, this.lamp, 1)), this.lamp);

		assertThat(line.get("addedUnitPrice").asString()).isEqualTo("9.90");
		assertThat(line.get("priceChanged").asBoolean()).isFalse();
	}

	@Test
	void aProductGoneFromTheCatalogStaysListedUnderItsLastKnownNameButIsNotCounted() {
		String chair = CATALOG.product("Old Chair", "30.00", 2);
		client().add(this.token, this.lamp, 1);
		client().add(this.token, chair, 1);

		CATALOG.remove(chair);
		JsonNode cart = cart(client().get(this.token));

		JsonNode gone = line(cart, chair);
		assertThat(gone.get("unavailable").asBoolean()).isTrue();
		assertThat(gone.get("name").asString()).isEqualTo("Old Chair");
		assertThat(cart.get("itemCount").asInt()).isEqualTo(1);
		assertThat(cart.get("subtotal").asString()).isEqualTo("12.50");
		// It can be removed, and no more of it added.
		problem(client().add(this.token, chair, 1), 422, "unknown-product");
		assertThat(line(cart(client().remove(this.token, chair)), chair)).isNull();
	}

	@Test
	void stockThatNoLongerCoversTheQuantityIsFlagged() {
		client().add(this.token, this.lamp, 5);

		CATALOG.stock(this.lamp, 3);
		JsonNode line = line(cart(client().get(this.token)), this.lamp);

		assertThat(line.get("insufficientStock").asBoolean()).isTrue();
		assertThat(line.get("availableStock").asInt()).isEqualTo(3);
		// Lowering the quantity to what is in stock clears the flag.
		assertThat(line(cart(client().set(this.token, this.lamp, 3)), this.lamp).get("insufficientStock").asBoolean())
			.isFalse();
	}

	@Test
	void moreThanTheStockIsA409ThatSaysHowManyThereAreAndChangesNothing() {
		client().add(this.token, this.lamp, 5);

		JsonNode problem = problem(client().add(this.token, this.lamp, 3), 409, "insufficient-stock");

		assertThat(problem.get("detail").asString())
			.isEqualTo("Only 7 of 'Desk Lamp' are in stock; this change would put 8 in your cart.");
		assertThat(problem.get("productId").asString()).isEqualTo(this.lamp);
		assertThat(problem.get("available").asInt()).isEqualTo(7);
		assertThat(problem.get("requested").asInt()).isEqualTo(8);
		assertThat(client().quantityOf(this.token, this.lamp)).isEqualTo(5);
		problem(client().set(this.token, this.lamp, 8), 409, "insufficient-stock");
	}

	@Test
	void anOutOfStockProductCannotBeAdded() {
		String gone = CATALOG.product("Sold Out Sofa", "499.00", 0);

		JsonNode problem = problem(client().add(this.token, gone, 1), 409, "insufficient-stock");

		assertThat(problem.get("detail").asString()).isEqualTo("'Sold Out Sofa' is out of stock.");
	}

	@Test
	void moreThanNinetyNineOfOneProductIsA422() {
		String pen = CATALOG.product("Pen", "0.99", 1000);
		client().add(this.token, pen, 99);

		JsonNode problem = problem(client().add(this.token, pen, 1), 422, "quantity-limit");

		assertThat(problem.get("detail").asString())
			.isEqualTo("A cart can hold at most 99 of 'Pen'; this change would make it 100.");
		assertThat(problem.get("limit").asInt()).isEqualTo(99);
		problem(client().set(this.token, pen, 100), 422, "quantity-limit");
		assertThat(client().quantityOf(this.token, pen)).isEqualTo(99);
	}

	@Test
	void anUnknownProductIsA422() {
		JsonNode problem = problem(client().add(this.token, "no-such-product", 1), 422, "unknown-product");

		assertThat(problem.get("detail").asString()).contains("no-such-product");
	}

	@Test
	void theFiftyFirstProductIsA409AndTheFullCartIsUnchanged() {
		for (int i = 1; i <= 50; i++) {
			cart(client().add(this.token, CATALOG.product("Thing " + i, "1.00", 10), 1));
		}

		JsonNode problem = problem(client().add(this.token, CATALOG.product("Thing 51", "1.00", 10), 1), 409,
				"cart-full");

		assertThat(problem.get("detail").asString()).startsWith("Your cart already holds 50 different products");
		JsonNode cart = cart(client().get(this.token));
		assertThat(cart.get("items")).hasSize(50);
		assertThat(cart.get("version").asLong()).isEqualTo(50);
	}

	@Test
	void malformedChangesAre400ProblemsNamingTheField() {
		assertInvalidField(client().add(this.token, this.lamp, 0), "quantity");
		assertInvalidField(client().add(this.token, this.lamp, -2), "quantity");
		assertInvalidField(client().add(this.token, "{\"quantity\":1}"), "productId");
		assertInvalidField(client().set(this.token, this.lamp, -1), "quantity");
		assertInvalidField(client().set(this.token, this.lamp, "{}"), "quantity");
		problem(client().add(this.token, "{\"productId\":\"" + this.lamp + "\",\"quantity\":\"lots\"}"), 400,
				"unreadable-request");
		problem(client().add(this.token, "not json"), 400, "unreadable-request");
		assertThat(cart(client().get(this.token)).get("items")).isEmpty();
	}

	@Test
	void everyCustomerSeesAndChangesOnlyTheirOwnCart() {
		Customer alice = newCustomer();
		Customer bob = newCustomer();
		client().add(alice.token(), this.lamp, 2);

		assertThat(cart(client().get(bob.token())).get("items")).isEmpty();
		// A user id in the body is not a way into someone else's cart.
		client().add(bob.token(),
				"{\"productId\":\"" + this.lamp + "\",\"quantity\":1,\"userId\":\"" + alice.id() + "\"}");
		client().clear(bob.token());

		assertThat(client().quantityOf(alice.token(), this.lamp)).isEqualTo(2);
		assertThat(cart(client().get(bob.token())).get("items")).isEmpty();
	}

	@Test
	void withoutATokenThereIsNoCart() {
		problem(HttpProbe.get(client().url()), 401);
		problem(HttpProbe.postJson(client().url() + "/items", "{\"productId\":\"p1\"}"), 401);
	}

	/** A 400 that names the field to correct first. */
	private static void assertInvalidField(Response response, String field) {
		assertThat(problem(response, 400, "invalid-request").get("errors").get(0).get("field").asString())
			.isEqualTo(field);
	}

}
