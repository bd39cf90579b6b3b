package io.storesphere.cart;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.storesphere.testsupport.http.StubService;
import io.storesphere.testsupport.http.StubService.RecordedRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Catalog's batch API as cart calls it, over real HTTP ({@link StubService}): the tests
 * put products in, change their price or stock, or take them out, and the stub answers
 * {@code POST /api/products/batch} with every product it holds (cart keeps those it asked
 * for) and the removed ones as {@code missing}.
 */
final class FakeCatalog implements AutoCloseable {

	static final String BATCH = "/api/products/batch";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StubService stub = StubService.start("catalog");

	private final Map<String, Map<String, Object>> products = new LinkedHashMap<>();

	private final Set<String> removed = new LinkedHashSet<>();

	FakeCatalog() {
		render();
	}

	String url() {
		return this.stub.url();
	}

	int port() {
		return URI.create(url()).getPort();
	}

	/** A new product with a unique id; returns the id. */
	synchronized String product(String name, String price, int stock) {
		String id = "p-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> product = new LinkedHashMap<>();
		product.put("id", id);
		product.put("name", name);
		product.put("price", price);
		product.put("stock", stock);
		product.put("stockStatus", (stock > 0) ? "IN_STOCK" : "OUT_OF_STOCK");
		product.put("imageUrl", "/api/products/" + id + "/image");
		this.products.put(id, product);
		render();
		return id;
	}

	synchronized void price(String id, String price) {
		this.products.get(id).put("price", price);
		render();
	}

	synchronized void stock(String id, int stock) {
		this.products.get(id).put("stock", stock);
		render();
	}

	/** The product is gone from the catalog. */
	synchronized void remove(String id) {
		this.products.remove(id);
		this.removed.add(id);
		render();
	}

	/** Answers the batch call with this status and body instead, until {@link #heal}. */
	synchronized void fail(int status, String body) {
		this.stub.answer("POST", BATCH, status, body);
	}

	synchronized void heal() {
		this.stub.delay(Duration.ZERO);
		render();
	}

	void delay(Duration delay) {
		this.stub.delay(delay);
	}

	/** The batch calls received since the last {@link #forget}. */
	List<RecordedRequest> batchCalls() {
		return this.stub.requests().stream().filter((request) -> request.path().equals(BATCH)).toList();
	}

	void forget() {
		this.stub.clear();
	}

	@Override
	public void close() {
		this.stub.close();
	}

	private void render() {
		this.stub.answer("POST", BATCH, 200, JSON
			.writeValueAsString(Map.of("products", List.copyOf(this.products.values()), "missing", this.removed)));
	}

}
