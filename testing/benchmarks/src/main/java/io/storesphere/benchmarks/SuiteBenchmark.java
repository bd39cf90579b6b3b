package io.storesphere.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.storesphere.conformance.dynamodb.DynamoDbBenchmark;
import io.storesphere.conformance.dynamodb.Throughput;
import io.storesphere.localaws.Endpoints;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures of a running suite ({@code ./storesphere up}), each set beside what bounds it,
 * in one run so that the ratios hold on a shared, noisy machine:
 * <ul>
 * <li><b>front door</b>: {@code GET /api/products} through the gateway and straight to
 * catalog, at each number of connections; every answer other than 200 (a 503 from the
 * gateway, say) is counted as refused;</li>
 * <li><b>cart</b>: a shopper's +/- ({@code PUT /api/cart/items/{id}}) and
 * {@code GET /api/cart} straight to cart, one shopper per thread, beside raw UpdateItem
 * and GetItem of cart-sized items on the same DynamoDB endpoint.</li>
 * </ul>
 * Then each process's resident memory. It prints figures and asserts nothing.
 *
 * <pre>
 * SuiteBenchmark [--seconds 10] [--connections 32,64,256] [--shoppers 16] [--buyers 8]
 *                [--poll-ms 100] [--only front-door|cart|pipeline]
 *                [--state .storesphere] [--gateway http://localhost:8080] ...
 * </pre>
 */
public final class SuiteBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> options;

	private final Duration measured;

	private final Duration warmUp;

	private SuiteBenchmark(Map<String, String> options) {
		this.options = options;
		this.measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10")));
		this.warmUp = this.measured.dividedBy(2);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		SuiteBenchmark benchmark = new SuiteBenchmark(options);
		String only = options.getOrDefault("only", "all");
		System.out.printf("StoreSphere benchmark: %d cores, %d s per measurement after %d s of warm-up%n",
				Runtime.getRuntime().availableProcessors(), benchmark.measured.toSeconds(),
				benchmark.warmUp.toSeconds());
		if (only.equals("all") || only.equals("front-door")) {
			benchmark.frontDoor();
		}
		if (only.equals("all") || only.equals("cart")) {
			benchmark.cart();
		}
		if (only.equals("all") || only.equals("pipeline")) {
			benchmark.pipeline();
		}
		benchmark.memory();
	}

	/**
	 * Each process's resident memory after the load, from the run's pid files (Linux).
	 */
	private void memory() throws IOException {
		Path pids = Path.of(this.options.getOrDefault("state", ".storesphere"), "pids");
		if (!Files.isDirectory(pids)) {
			return;
		}
		try (var files = Files.list(pids)) {
			for (Path file : files.sorted().toList()) {
				Path status = Path.of("/proc", Files.readString(file).trim(), "status");
				if (Files.isReadable(status)) {
					Files.readAllLines(status)
						.stream()
						.filter((line) -> line.startsWith("VmRSS:"))
						.findFirst()
						.ifPresent((line) -> System.out.printf("RSS after the load, %-14s %s%n",
								file.getFileName().toString().replace(".pid", ""),
								line.substring("VmRSS:".length()).trim()));
				}
			}
		}
	}

	private void frontDoor() throws Exception {
		String path = "/api/products?size=20";
		for (String connections : this.options.getOrDefault("connections", "32,64,256").split(",")) {
			int threads = Integer.parseInt(connections.trim());
			Result gateway = measure(threads, () -> get(url("gateway", "http://localhost:8080") + path, null));
			Result direct = measure(threads, () -> get(url("catalog", "http://localhost:8082") + path, null));
			gateway.print("GET /api/products, gateway, " + threads + " connections");
			direct.print("GET /api/products, catalog direct, " + threads + " connections");
			System.out.printf("  gateway/direct throughput %.2f; refused by the gateway: %s%n",
					gateway.result().rate() / direct.result().rate(), gateway.statuses());
		}
	}

	private void cart() throws Exception {
		int shoppers = Integer.parseInt(this.options.getOrDefault("shoppers", "16"));
		String cart = url("cart", "http://localhost:8083");
		Shoppers prepared = prepare(shoppers);
		String productPath = cart + "/api/cart/items/" + prepared.productId();
		List<String> tokens = prepared.tokens();
		AtomicInteger next = new AtomicInteger();
		ThreadLocal<Shopper> shopper = ThreadLocal
			.withInitial(() -> new Shopper(tokens.get(next.getAndIncrement() % tokens.size())));

		Result set = measure(shoppers, () -> {
			Shopper self = shopper.get();
			put(productPath, self.token(), "{\"quantity\":" + self.nextQuantity() + "}");
		});
		Result read = measure(shoppers, () -> get(cart + "/api/cart", shopper.get().token()));

		try (DynamoDbClient dynamoDb = DynamoDbClient.builder()
			.endpointOverride(URI.create(url("dynamodb", "http://127.0.0.1:8000")))
			.region(Region.of(Endpoints.REGION))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(Endpoints.ACCESS_KEY, Endpoints.SECRET_KEY)))
			.httpClientBuilder(ApacheHttpClient.builder().maxConnections(shoppers * 2))
			.build()) {
			DynamoDbBenchmark raw = DynamoDbBenchmark.on(dynamoDb);
			raw.createTable();
			try {
				raw.seed();
				Result update = measure(shoppers, raw::updateItem);
				Result getItem = measure(shoppers, raw::getItem);
				set.print("cart +/- (PUT /api/cart/items/{id}), " + shoppers + " shoppers");
				update.print("raw UpdateItem, " + shoppers + " threads");
				read.print("GET /api/cart, " + shoppers + " shoppers");
				getItem.print("raw GetItem, " + shoppers + " threads");
				System.out.printf(
						"  cart +/- / UpdateItem %.2f (p99 %.1f x); GET /api/cart / GetItem %.2f (p99 %.1f x)%n",
						set.result().rate() / update.result().rate(), set.result().p99() / update.result().p99(),
						read.result().rate() / getItem.result().rate(), read.result().p99() / getItem.result().p99());
			}
			finally {
				raw.deleteTable();
			}
		}
	}

	/**
	 * Orders through the whole pipeline, straight to the services: each shopper puts one
	 * unit in the cart, pays (201), waits until the order is CONFIRMED (stock committed
	 * by catalog through SNS and SQS) and until the cart has emptied, and starts again.
	 * Reports orders per second and the time from the 201 to CONFIRMED.
	 */
	private void pipeline() throws Exception {
		int shoppers = Integer.parseInt(this.options.getOrDefault("buyers", "8"));
		String cart = url("cart", "http://localhost:8083");
		String checkout = url("checkout", "http://localhost:8084");
		Shoppers prepared = prepare(shoppers);
		AtomicInteger next = new AtomicInteger();
		ThreadLocal<String> buyer = ThreadLocal
			.withInitial(() -> prepared.tokens().get(next.getAndIncrement() % prepared.tokens().size()));
		java.util.Queue<Long> confirmations = new java.util.concurrent.ConcurrentLinkedQueue<>();
		Runnable order = () -> {
			String token = buyer.get();
			put(cart + "/api/cart/items/" + prepared.productId(), token, "{\"quantity\":1}");
			JsonNode placed = send(HttpRequest.newBuilder(URI.create(checkout + "/api/checkout"))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(BodyPublishers.ofString("{\"payment\":{\"cardNumber\":\"4242 4242 4242 4242\","
						+ "\"expiryMonth\":12,\"expiryYear\":2031,\"cvc\":\"123\",\"cardholderName\":\"Bench\"}}")),
					201);
			String orderUrl = checkout + "/api/orders/" + placed.get("id").asString();
			JsonNode confirmed = awaitState(orderUrl, token,
					(view) -> "CONFIRMED".equals(view.path("status").asString()));
			// The order's own timestamps, from checkout's clock: polling adds no error.
			confirmations.add(
					Duration
						.between(Instant.parse(confirmed.get("placedAt").asString()),
								Instant.parse(confirmed.get("confirmedAt").asString()))
						.toNanos());
			awaitState(cart + "/api/cart", token, (view) -> view.path("itemCount").asInt() == 0);
		};
		Throughput.drive(shoppers, this.warmUp, order);
		confirmations.clear();
		Statuses.clear();
		Throughput.Result result = Throughput.measure(shoppers, this.measured, order);
		new Result(result, Statuses.snapshot()).print("order placed to cart emptied, " + shoppers + " buyers");
		Throughput.Result confirmed = new Throughput.Result(confirmations.stream().mapToLong(Long::longValue).toArray(),
				result.rate(), 0);
		confirmed.print("  of which placedAt -> confirmedAt");
	}

	/**
	 * Polls every {@code --poll-ms} (100 ms) until the JSON at the URL satisfies the
	 * condition, for 10 s; the JSON that did. The polls load the suite too: a longer
	 * interval with more buyers measures the pipeline with less of its own traffic.
	 */
	private JsonNode awaitState(String url, String token, java.util.function.Predicate<JsonNode> reached) {
		long pollMillis = Long.parseLong(this.options.getOrDefault("poll-ms", "100"));
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode view = send(HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + token)
				.GET(), 200);
			if (reached.test(view)) {
				return view;
			}
			try {
				Thread.sleep(pollMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		Statuses.count(0);
		throw new IllegalStateException(url + " did not reach the state in 10 s");
	}

	/**
	 * A product with ample stock, and shoppers signed up at identity (as an operator
	 * would).
	 */
	private Shoppers prepare(int shoppers) throws IOException {
		String identity = url("identity", "http://localhost:8081");
		String admin = signIn(identity, "admin@storesphere.local",
				Files
					.readString(
							Path.of(this.options.getOrDefault("state", ".storesphere"), "data", "admin-password.txt"))
					.trim());
		JsonNode product = send(
				HttpRequest.newBuilder(URI.create(url("catalog", "http://localhost:8082") + "/api/admin/products"))
					.header("Authorization", "Bearer " + admin)
					.header("Content-Type", "application/json")
					.POST(BodyPublishers.ofString("{\"name\":\"Benchmark Mug "
							+ UUID.randomUUID().toString().substring(0, 8) + "\",\"price\":4.50,\"stock\":1000000}")),
				201);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < shoppers; i++) {
			String email = "bench-" + UUID.randomUUID() + "@example.com";
			send(HttpRequest.newBuilder(URI.create(identity + "/api/auth/signup"))
				.header("Content-Type", "application/json")
				.POST(BodyPublishers.ofString("{\"fullName\":\"Benchmark Shopper\",\"email\":\"" + email
						+ "\",\"password\":\"benchmark password\"}")),
					201);
			tokens.add(signIn(identity, email, "benchmark password"));
		}
		return new Shoppers(product.get("id").asString(), List.copyOf(tokens));
	}

	/** The product the shoppers buy, and their tokens. */
	private record Shoppers(String productId, List<String> tokens) {

	}

	/** Warms up, then measures; what each answer's status was, when not 2xx. */
	private Result measure(int threads, Runnable call) throws Exception {
		Throughput.drive(threads, this.warmUp, call);
		Statuses.clear();
		Throughput.Result result = Throughput.measure(threads, this.measured, call);
		return new Result(result, Statuses.snapshot());
	}

	private void get(String url, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		call(request);
	}

	private void put(String url, String token, String body) {
		call(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString(body)));
	}

	/**
	 * Sends; a status other than 2xx is counted and thrown, so the call counts as failed.
	 */
	private void call(HttpRequest.Builder request) {
		int status = exchange(request, BodyHandlers.discarding()).statusCode();
		if (status / 100 != 2) {
			Statuses.count(status);
			throw new IllegalStateException("HTTP " + status);
		}
	}

	private String signIn(String identity, String email, String password) {
		return send(HttpRequest.newBuilder(URI.create(identity + "/api/auth/login"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(JSON.writeValueAsString(Map.of("email", email, "password", password)))), 200)
			.get("accessToken")
			.asString();
	}

	private JsonNode send(HttpRequest.Builder request, int expected) {
		HttpResponse<String> response = exchange(request, BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(
					response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.http.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String url(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	/** One shopper's token, and the quantity its next +/- sets: 1, 2, 1, 2... */
	private static final class Shopper {

		private final String token;

		private int quantity = 1;

		Shopper(String token) {
			this.token = token;
		}

		String token() {
			return this.token;
		}

		int nextQuantity() {
			this.quantity = 3 - this.quantity;
			return this.quantity;
		}

	}

	/** The measurement, and the statuses other than 2xx it met. */
	private record Result(Throughput.Result result, Map<Integer, Long> statuses) {

		void print(String name) {
			this.result.print(name);
			if (!this.statuses.isEmpty()) {
				System.out.printf("  answers other than 2xx: %s%n", this.statuses);
			}
		}

	}

	/** Counts the statuses other than 2xx of the measurement under way. */
	private static final class Statuses {

		private static final Map<Integer, LongAdder> counts = new ConcurrentHashMap<>();

		static void count(int status) {
			counts.computeIfAbsent(status, (key) -> new LongAdder()).increment();
		}

		static void clear() {
			counts.clear();
		}

		static Map<Integer, Long> snapshot() {
			Map<Integer, Long> snapshot = new java.util.TreeMap<>();
			counts.forEach((status, count) -> snapshot.put(status, count.sum()));
			return snapshot;
		}

	}

}
