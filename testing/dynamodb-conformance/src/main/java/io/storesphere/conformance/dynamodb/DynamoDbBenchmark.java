package io.storesphere.conformance.dynamodb;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.storesphere.localaws.Endpoints;
import io.storesphere.localaws.LocalAws;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * GetItem and UpdateItem throughput and the latency of a 10-line transaction, measured
 * the way StoreSphere's services talk to DynamoDB (SDK v2, Apache HTTP client, consistent
 * reads, conditional writes). It prints figures and asserts nothing: compare endpoints
 * side by side in one run, as ratios, because the machines are shared and noisy.
 *
 * <pre>
 * DynamoDbBenchmark [--endpoint http://127.0.0.1:8000] [--threads 8] [--seconds 10] [--transactions 300]
 * </pre>
 *
 * Without {@code --endpoint} it starts the local emulator ({@link LocalAws}) itself. The
 * module README has the command line.
 */
public final class DynamoDbBenchmark {

	private static final int ITEMS = 1_000;

	private static final int TRANSACTION_LINES = 10;

	private final DynamoDbClient dynamoDb;

	private final String table = "benchmark-" + UUID.randomUUID();

	private DynamoDbBenchmark(DynamoDbClient dynamoDb) {
		this.dynamoDb = dynamoDb;
	}

	/**
	 * The raw operations on a table of their own on {@code dynamoDb}, for another
	 * benchmark to set beside its own figures: {@link #createTable}, {@link #seed}, then
	 * {@link #getItem} and {@link #updateItem}, and {@link #deleteTable} at the end.
	 */
	public static DynamoDbBenchmark on(DynamoDbClient dynamoDb) {
		return new DynamoDbBenchmark(dynamoDb);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = parse(args);
		int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
		Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10")));
		int transactions = Integer.parseInt(options.getOrDefault("transactions", "300"));
		LocalAws emulators = null;
		URI endpoint;
		if (options.containsKey("endpoint")) {
			endpoint = URI.create(options.get("endpoint"));
		}
		else {
			emulators = LocalAws.start(LocalAws.Options.ephemeral(Path.of("target", "benchmark-logs")));
			endpoint = emulators.endpoints().dynamoDb();
		}
		try (DynamoDbClient client = DynamoDbClient.builder()
			.endpointOverride(endpoint)
			.region(Region.of(Endpoints.REGION))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(Endpoints.ACCESS_KEY, Endpoints.SECRET_KEY)))
			.httpClientBuilder(ApacheHttpClient.builder().maxConnections(threads * 2))
			.build()) {
			System.out.printf("DynamoDB benchmark against %s: %d threads, %d s per operation, %d transactions%n",
					endpoint, threads, measured.toSeconds(), transactions);
			new DynamoDbBenchmark(client).run(threads, measured, transactions);
		}
		finally {
			if (emulators != null) {
				emulators.close();
			}
		}
	}

	private void run(int threads, Duration measured, int transactions) throws Exception {
		createTable();
		try {
			seed();
			Duration warmUp = measured.dividedBy(2);
			throughput("GetItem", threads, warmUp, measured, this::getItem);
			throughput("UpdateItem", threads, warmUp, measured, this::updateItem);
			transactionLatency(transactions);
		}
		finally {
			deleteTable();
		}
	}

	public void deleteTable() {
		this.dynamoDb.deleteTable((request) -> request.tableName(this.table));
	}

	public void createTable() {
		this.dynamoDb.createTable((request) -> request.tableName(this.table)
			.keySchema((key) -> key.attributeName("pk").keyType(KeyType.HASH))
			.attributeDefinitions((attribute) -> attribute.attributeName("pk").attributeType(ScalarAttributeType.S))
			.billingMode(BillingMode.PAY_PER_REQUEST));
		this.dynamoDb.waiter().waitUntilTableExists((request) -> request.tableName(this.table));
	}

	/** Cart-sized items: a few lines in a map, a version and a stock level. */
	public void seed() {
		for (int i = 0; i < ITEMS; i++) {
			Map<String, AttributeValue> lines = new HashMap<>();
			for (int line = 0; line < 3; line++) {
				lines.put("product-" + line,
						AttributeValue.fromM(Map.of("quantity", AttributeValue.fromN("1"), "unitPrice",
								AttributeValue.fromS("19.99"), "addedAt",
								AttributeValue.fromS("2026-11-30T00:00:00Z"))));
			}
			int index = i;
			this.dynamoDb.putItem((request) -> request.tableName(this.table)
				.item(Map.of("pk", key(index), "lines", AttributeValue.fromM(lines), "version",
						AttributeValue.fromN("1"), "stock", AttributeValue.fromN("1000000000"))));
		}
	}

	public void getItem() {
		this.dynamoDb.getItem((request) -> request.tableName(this.table)
			.key(Map.of("pk", key(ThreadLocalRandom.current().nextInt(ITEMS))))
			.consistentRead(true));
	}

	public void updateItem() {
		this.dynamoDb.updateItem((request) -> request.tableName(this.table)
			.key(Map.of("pk", key(ThreadLocalRandom.current().nextInt(ITEMS))))
			.updateExpression("SET #lines.#product = :line ADD #version :one")
			.conditionExpression("attribute_exists(pk)")
			.expressionAttributeNames(Map.of("#lines", "lines", "#product", "product-9", "#version", "version"))
			.expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"), ":line",
					AttributeValue.fromM(Map.of("quantity", AttributeValue.fromN("2"))))));
	}

	/** Like catalog's stock deduction: every line conditional on enough stock. */
	private void transaction() {
		int[] keys = ThreadLocalRandom.current().ints(0, ITEMS).distinct().limit(TRANSACTION_LINES).toArray();
		List<TransactWriteItem> writes = new ArrayList<>();
		for (int index : keys) {
			writes.add(TransactWriteItem.builder()
				.update((update) -> update.tableName(this.table)
					.key(Map.of("pk", key(index)))
					.updateExpression("SET #stock = #stock - :quantity ADD #version :one")
					.conditionExpression("#stock >= :quantity")
					.expressionAttributeNames(Map.of("#stock", "stock", "#version", "version"))
					.expressionAttributeValues(
							Map.of(":quantity", AttributeValue.fromN("1"), ":one", AttributeValue.fromN("1"))))
				.build());
		}
		this.dynamoDb.transactWriteItems((request) -> request.transactItems(writes));
	}

	private void throughput(String name, int threads, Duration warmUp, Duration measured, Runnable operation)
			throws Exception {
		Throughput.drive(threads, warmUp, operation);
		Throughput.measure(threads, measured, operation).print(name);
	}

	private void transactionLatency(int count) {
		for (int i = 0; i < count / 3; i++) {
			transaction();
		}
		long[] latencies = new long[count];
		for (int i = 0; i < count; i++) {
			long started = System.nanoTime();
			transaction();
			latencies[i] = System.nanoTime() - started;
		}
		new Throughput.Result(latencies, Double.NaN, 0)
			.print("TransactWriteItems, " + TRANSACTION_LINES + " lines, 1 thread");
	}

	private static AttributeValue key(int index) {
		return AttributeValue.fromS("item-" + index);
	}

	private static Map<String, String> parse(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --name value pairs, got: " + String.join(" ", args));
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

}
