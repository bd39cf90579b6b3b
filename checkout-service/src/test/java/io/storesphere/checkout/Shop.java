package io.storesphere.checkout;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.http.StubService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the tests do to checkout and what cart and catalog answer, in the shapes of their
 * contracts.
 */
final class Shop {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String VISA = "4242 4242 4242 4242";

	static final String DECLINED = "4000 0000 0000 0002";

	static final String NO_FUNDS = "4000 0000 0000 9995";

	private final String baseUrl;

	Shop(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	static String card(String number) {
		return card(number, "123", "Ada Lovelace");
	}

	static String card(String number, String cvc, String name) {
		return "{\"payment\":{\"cardNumber\":\"" + number + "\",\"expiryMonth\":12,\"expiryYear\":2031,\"cvc\":\"" + cvc
				+ "\",\"cardholderName\":\"" + name + "\"}}";
	}

	Response checkout(String token, String idempotencyKey, String body) {
		HttpRequest.Builder request = HttpProbe.request(this.baseUrl + "/api/checkout")
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return HttpProbe.send(request.build());
	}

	/** Checks out with a new key and the approved test VISA. */
	Response checkout(String token) {
		return checkout(token, newIdempotencyKey(), card(VISA));
	}

	/** An {@code Idempotency-Key} no request has used. */
	static String newIdempotencyKey() {
		return UUID.randomUUID().toString();
	}

	Response get(String path, String token) {
		return HttpProbe.get(this.baseUrl + path, token);
	}

	/** The caller's orders as the API lists them (first page of 100). */
	List<JsonNode> ordersOf(String token) {
		List<JsonNode> orders = new ArrayList<>();
		json(get("/api/orders?limit=100", token)).get("items").forEach(orders::add);
		return orders;
	}

	double metric(String line) {
		String scrape = HttpProbe.get(this.baseUrl + "/actuator/prometheus").body();
		return scrape.lines()
			.filter((candidate) -> candidate.startsWith(line + " ") || candidate.startsWith(line + "{"))
			.filter((candidate) -> !candidate.startsWith("#"))
			.mapToDouble((candidate) -> Double.parseDouble(candidate.substring(candidate.lastIndexOf(' ') + 1)))
			.sum();
	}

	/** Approved charges so far, from the Prometheus scrape. */
	double approvedPayments() {
		return metric("storesphere_checkout_payments_total{application=\"checkout-service\",outcome=\"approved\"}");
	}

	/** Starts counting the charges checkout approves from now on. */
	Charges countCharges() {
		return new Charges(this, approvedPayments());
	}

	/** The charges approved since {@link #countCharges()}. */
	record Charges(Shop shop, double before) {

		double approved() {
			return this.shop.approvedPayments() - this.before;
		}

	}

	static JsonNode json(Response response) {
		return JSON.readTree(response.body());
	}

	/** A product as cart and catalog both describe it. */
	record Product(String id, String name, String price, int stock) {

	}

	/** Cart answers with these lines, each accepted at {@code acceptedPrice}. */
	static void cartHolds(Object... productQuantityAndAcceptedPrice) {
		ObjectNode cart = JSON.createObjectNode();
		ArrayNode items = cart.putArray("items");
		int count = 0;
		for (int i = 0; i < productQuantityAndAcceptedPrice.length; i += 3) {
			Product product = (Product) productQuantityAndAcceptedPrice[i];
			int quantity = (Integer) productQuantityAndAcceptedPrice[i + 1];
			String accepted = (String) productQuantityAndAcceptedPrice[i + 2];
			items.addObject()
				.put("productId", product.id())
				.put("name", product.name())
				.put("unitPrice", product.price())
				.put("addedUnitPrice", accepted)
				.put("quantity", quantity)
				.put("lineTotal", "0.00")
				.put("imageUrl", "/api/products/" + product.id() + "/image")
				.put("priceChanged", !product.price().equals(accepted))
				.put("unavailable", false)
				.put("insufficientStock", quantity > product.stock())
				.put("availableStock", product.stock());
			count += quantity;
		}
		cart.put("itemCount", count).put("subtotal", "0.00").put("version", 4);
		CheckoutIntegrationTest.CART.answer("GET", "/api/cart", 200, cart.toString());
	}

	/** Catalog's batch read knows these products, and not {@code missing}. */
	static void catalogHas(List<Product> products, String... missing) {
		ObjectNode answer = JSON.createObjectNode();
		ArrayNode list = answer.putArray("products");
		for (Product product : products) {
			list.addObject()
				.put("id", product.id())
				.put("name", product.name())
				.put("price", product.price())
				.put("stock", product.stock())
				.put("stockStatus", (product.stock() > 0) ? "IN_STOCK" : "OUT_OF_STOCK")
				.put("imageUrl", "/api/products/" + product.id() + "/image");
		}
		ArrayNode gone = answer.putArray("missing");
		for (String id : missing) {
			gone.add(id);
		}
		CheckoutIntegrationTest.CATALOG.answer("POST", "/api/products/batch", 200, answer.toString());
	}

	/** The cart holds one of each product at its current price, and catalog agrees. */
	static void cartAndCatalogAgree(Product... products) {
		Object[] lines = new Object[products.length * 3];
		for (int i = 0; i < products.length; i++) {
			lines[i * 3] = products[i];
			lines[i * 3 + 1] = 1;
			lines[i * 3 + 2] = products[i].price();
		}
		cartHolds(lines);
		catalogHas(List.of(products));
	}

	static StubService.RecordedRequest last(StubService stub) {
		List<StubService.RecordedRequest> requests = stub.requests();
		return requests.get(requests.size() - 1);
	}

}
