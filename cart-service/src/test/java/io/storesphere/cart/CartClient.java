package io.storesphere.cart;

import java.net.http.HttpRequest;

import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Cart's API as a customer's browser (through the gateway) or checkout calls it. */
final class CartClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	CartClient(int port) {
		this.baseUrl = "http://localhost:" + port + "/api/cart";
	}

	String url() {
		return this.baseUrl;
	}

	Response get(String token) {
		return HttpProbe.get(this.baseUrl, token);
	}

	Response add(String token, String productId, int quantity) {
		return add(token, "{\"productId\":\"" + productId + "\",\"quantity\":" + quantity + "}");
	}

	Response add(String token, String json) {
		return HttpProbe.postJson(this.baseUrl + "/items", json, token);
	}

	Response set(String token, String productId, int quantity) {
		return send(token, "PUT", "/items/" + productId, "{\"quantity\":" + quantity + "}");
	}

	Response set(String token, String productId, String json) {
		return send(token, "PUT", "/items/" + productId, json);
	}

	Response remove(String token, String productId) {
		return send(token, "DELETE", "/items/" + productId, null);
	}

	Response clear(String token) {
		return send(token, "DELETE", "", null);
	}

	Response acceptPrices(String token) {
		return send(token, "POST", "/accept-prices", null);
	}

	Response send(String token, String method, String path, String json) {
		HttpRequest.Builder request = HttpProbe.request(this.baseUrl + path).header("Authorization", "Bearer " + token);
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return HttpProbe.send(request.build());
	}

	/** The cart in a 200 answer. */
	static JsonNode cart(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		return JSON.readTree(response.body());
	}

	/** The units of a product in the customer's cart as {@code GET} shows it. */
	int quantityOf(String token, String productId) {
		JsonNode line = line(cart(get(token)), productId);
		assertThat(line).as("the cart's line for %s", productId).isNotNull();
		return line.get("quantity").asInt();
	}

	/**
	 * The problem in an error answer, after checking its status, media type and
	 * {@code type} (such as {@code insufficient-stock}).
	 */
	static JsonNode problem(Response response, int status, String type) {
		JsonNode problem = problem(response, status);
		assertThat(problem.get("type").asString()).isEqualTo("https://storesphere.dev/problems/" + type);
		return problem;
	}

	/** The problem in an error answer, after checking its status and media type. */
	static JsonNode problem(Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
		return problem;
	}

	/** The cart's line for a product, or null. */
	static JsonNode line(JsonNode cart, String productId) {
		for (JsonNode item : cart.get("items")) {
			if (item.get("productId").asString().equals(productId)) {
				return item;
			}
		}
		return null;
	}

}
