package io.storesphere.conformance.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.storesphere.localaws.Endpoints;
import io.storesphere.testsupport.aws.AwsEmulators;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * The DynamoDB the suite runs against, chosen by the one switch the services' tests use,
 * {@code -Dstoresphere.test.aws}: {@code emulators} (default, the local emulator started
 * by the test support), {@code localstack} (Testcontainers, where Docker runs) or
 * {@code aws} (a real account: credentials and region from the SDK's default chains).
 * Tables are created per test class under a random prefix and deleted afterwards.
 */
final class ConformanceTarget implements AutoCloseable {

	private final DynamoDbClient dynamoDb;

	private final String prefix = "conformance-" + UUID.randomUUID().toString().substring(0, 8) + "-";

	private final List<String> tables = new ArrayList<>();

	ConformanceTarget() {
		this.dynamoDb = "aws".equalsIgnoreCase(System.getProperty(AwsEmulators.MODE_PROPERTY)) ? DynamoDbClient.create()
				: emulated();
	}

	DynamoDbClient dynamoDb() {
		return this.dynamoDb;
	}

	/** Creates an on-demand table under this run's prefix; returns its full name. */
	String createTable(String name, Consumer<CreateTableRequest.Builder> definition) {
		String tableName = this.prefix + name;
		CreateTableRequest.Builder request = CreateTableRequest.builder()
			.tableName(tableName)
			.billingMode(BillingMode.PAY_PER_REQUEST);
		definition.accept(request);
		this.dynamoDb.createTable(request.build());
		this.tables.add(tableName);
		this.dynamoDb.waiter().waitUntilTableExists((describe) -> describe.tableName(tableName));
		return tableName;
	}

	@Override
	public void close() {
		this.tables.forEach((table) -> this.dynamoDb.deleteTable((request) -> request.tableName(table)));
		this.dynamoDb.close();
	}

	private static DynamoDbClient emulated() {
		Endpoints endpoints = AwsEmulators.endpoints();
		return DynamoDbClient.builder()
			.endpointOverride(endpoints.dynamoDb())
			.region(Region.of(Endpoints.REGION))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(Endpoints.ACCESS_KEY, Endpoints.SECRET_KEY)))
			.httpClientBuilder(ApacheHttpClient.builder().maxConnections(64))
			.build();
	}

}
