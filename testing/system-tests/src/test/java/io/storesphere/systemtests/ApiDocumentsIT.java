package io.storesphere.systemtests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.storesphere.systemtests.Api.Answer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static io.storesphere.systemtests.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI documents the gateway serves tell the truth: a shopper's and an admin's
 * real requests, each answered as its operation's document says (status, media type), and
 * what is true of every document (the gateway as the only server, problems for every
 * error, the Idempotency-Key checkout requires). Refusals are checked against the same
 * documents by {@link BadInputSweepIT}.
 */
@Order(4)
@ExtendWith(RunningSuite.class)
class ApiDocumentsIT {

	private static final String PASSWORD = "correct horse battery";

	private final ApiDocuments documents = ApiDocuments.fetch();

	private final List<String> undocumented = new ArrayList<>();

	@Test
	void everyDocumentNamesOnlyTheGatewayAndAnswersErrorsAsProblems() {
		assertThat(this.documents.documents()).containsOnlyKeys("identity", "catalog", "cart", "checkout",
				"notification", "analytics", "gateway");
		this.documents.documents().forEach((name, document) -> {
			assertThat(document.at("/servers/0/url").asString()).as(name).isEqualTo("/");
			assertThat(document.path("servers")).as(name).hasSize(1);
			document.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
				operation.getValue().path("responses").properties().forEach((response) -> {
					if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
						assertThat(response.getValue().path("content").propertyNames())
							.as("%s %s %s %s", name, operation.getKey(), path.getKey(), response.getKey())
							.containsExactly("application/problem+json");
					}
				});
			}));
		});
		JsonNode checkout = this.documents.documents().get("checkout").at("/paths/~1api~1checkout/post");
		JsonNode idempotencyKey = null;
		for (JsonNode parameter : checkout.path("parameters")) {
			if (parameter.path("name").asString().equals("Idempotency-Key")) {
				idempotencyKey = parameter;
			}
		}
		assertThat(idempotencyKey).as("checkout's Idempotency-Key parameter").isNotNull();
		assertThat(idempotencyKey.path("in").asString()).isEqualTo("header");
		assertThat(idempotencyKey.path("required").asBoolean()).isTrue();
	}

	@Test
	void aShoppersAndAnAdminsRealAnswersAreTheDocumentedOnes() {
		String nonce = UUID.randomUUID().toString().substring(0, 8);
		String email = "documented-" + nonce + "@example.com";
		Api admin = Api.admin();
		Api anonymous = Api.anonymous();

		JsonNode product = check(admin.post("/api/admin/products",
				body("name", "Documented Clock " + nonce, "price", new BigDecimal("15.00"), "stock", 20)), 201)
			.json();
		String id = product.get("id").asString();
		String productPath = "/api/admin/products/" + id;
		long version = check(
				admin.patch(productPath, body("description", "Wall clock", "version", product.get("version"))), 200)
			.json()
			.get("version")
			.asLong();
		version = check(admin.post(productPath + "/restock", body("quantity", 5)), 200).json().get("version").asLong();
		check(admin.put(productPath + "/stock", body("stock", 30, "version", version)), 200);
		check(anonymous.get("/api/products?size=5"), 200);
		check(anonymous.get("/api/products/" + id), 200);

		check(anonymous.post("/api/auth/signup",
				body("fullName", "Documented Shopper", "email", email, "password", PASSWORD)), 201);
		check(anonymous.post("/api/auth/login", body("email", email, "password", PASSWORD)), 200);
		Api customer = Api.signIn(email, PASSWORD);
		check(customer.get("/api/auth/me"), 200);
		check(customer.post("/api/cart/items", body("productId", id, "quantity", 2)), 200);
		check(customer.put("/api/cart/items/" + id, body("quantity", 1)), 200);
		check(customer.get("/api/cart"), 200);
		check(customer.get("/api/checkout"), 200);
		JsonNode order = check(customer.post("/api/checkout",
				body("payment",
						body("cardNumber", "4242 4242 4242 4242", "expiryMonth", 12, "expiryYear", 2031, "cvc", "123",
								"cardholderName", "Documented Shopper")),
				Map.of("Idempotency-Key", UUID.randomUUID().toString())), 201)
			.json();
		check(customer.get("/api/orders"), 200);
		check(customer.get("/api/orders/" + order.get("id").asString()), 200);
		check(customer.post("/api/cart/items", body("productId", id)), 200);
		check(customer.delete("/api/cart/items/" + id), 200);
		check(customer.delete("/api/cart"), 200);

		check(admin.get("/api/admin/orders"), 200);
		check(admin.get("/api/admin/users"), 200);
		check(admin.get("/api/admin/alerts"), 200);
		JsonNode spare = check(admin.post("/api/admin/products",
				body("name", "Documented Spare " + nonce, "price", new BigDecimal("1.00"), "stock", 1)), 201)
			.json();
		check(admin.delete("/api/admin/products/" + spare.get("id").asString()), 204);

		assertThat(this.undocumented).isEmpty();
	}

	/**
	 * Checks the status, and notes whatever the document does not say about the answer.
	 */
	private Answer check(Answer answer, int status) {
		answer.expect(status);
		String[] request = answer.request().split(" ", 2);
		String problem = this.documents.undocumented(request[0], request[1], answer);
		if (problem != null) {
			this.undocumented.add(problem);
		}
		return answer;
	}

}
