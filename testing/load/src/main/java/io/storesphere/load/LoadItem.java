package io.storesphere.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product the buyers pay for, prepared before the run as an operator would, with the
 * administrator's account: created once with ample stock, found again by name in later
 * runs and restocked when it runs low. Buying it leaves the demo catalogue's stock (and
 * its low-stock alerts) alone.
 */
final class LoadItem {

	private static final int AMPLE = 1_000_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final LoadSettings settings;

	private volatile String id;

	LoadItem(LoadSettings settings) {
		this.settings = settings;
	}

	String id() {
		if (this.id == null) {
			throw new IllegalStateException("The load item is prepared in the simulation's before()");
		}
		return this.id;
	}

	void prepare() {
		String token = send("POST", "/api/auth/login", "{\"email\":\"admin@storesphere.local\",\"password\":"
				+ JSON.valueToTree(this.settings.adminPassword()) + "}", null, 200)
			.get("accessToken")
			.asString();
		JsonNode page = send("GET",
				"/api/products?size=100&q=" + URLEncoder.encode(StoreSimulation.LOAD_ITEM, StandardCharsets.UTF_8),
				null, token, 200);
		for (JsonNode product : page.get("items")) {
			if (StoreSimulation.LOAD_ITEM.equals(product.get("name").asString())) {
				this.id = product.get("id").asString();
				int stock = product.get("stock").asInt();
				if (stock < AMPLE / 2) {
					send("POST", "/api/admin/products/" + this.id + "/restock",
							"{\"quantity\":" + (AMPLE - stock) + "}", token, 200);
				}
				return;
			}
		}
		this.id = send("POST", "/api/admin/products",
				"{\"name\":\"" + StoreSimulation.LOAD_ITEM
						+ "\",\"description\":\"Bought by ./storesphere load\",\"price\":4.99,\"stock\":" + AMPLE + "}",
				token, 201)
			.get("id")
			.asString();
	}

	private JsonNode send(String method, String path, String body, String token, int expected) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.settings.gateway() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException("Preparing the load item: " + method + " " + path + " answered "
						+ response.statusCode() + " " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Preparing the load item: " + method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while preparing the load item", ex);
		}
	}

}
