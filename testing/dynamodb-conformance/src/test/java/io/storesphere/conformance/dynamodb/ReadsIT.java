package io.storesphere.conformance.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reads as the services make them: a sparse GSI that holds only the items still waiting
 * for something (outboxes, the relays' queues), read a page at a time in key order; and
 * {@code BatchGetItem}, whose unprocessed keys a caller must ask for again.
 */
class ReadsIT extends ConformanceSupport {

	private static final String PENDING_INDEX = "pending";

	private String table;

	@BeforeAll
	void createTable() {
		this.table = target().createTable("outbox", (request) -> request
			.keySchema((key) -> key.attributeName("pk").keyType(KeyType.HASH))
			.attributeDefinitions((attribute) -> attribute.attributeName("pk").attributeType(ScalarAttributeType.S),
					(attribute) -> attribute.attributeName("pendingShard").attributeType(ScalarAttributeType.S),
					(attribute) -> attribute.attributeName("pendingSince").attributeType(ScalarAttributeType.S))
			.globalSecondaryIndexes((index) -> index.indexName(PENDING_INDEX)
				.keySchema((key) -> key.attributeName("pendingShard").keyType(KeyType.HASH),
						(key) -> key.attributeName("pendingSince").keyType(KeyType.RANGE))
				.projection((projection) -> projection.projectionType(ProjectionType.KEYS_ONLY))));
	}

	@Test
	void aSparseIndexHoldsOnlyTheItemsWithItsKeysAndPagesThroughThemInOrder() {
		String shard = newId();
		List<String> pending = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			String id = newId();
			String since = "2026-11-30T10:00:0" + i + "Z";
			this.dynamoDb.putItem((request) -> request.tableName(this.table)
				.item(Map.of("pk", s(id), "pendingShard", s(shard), "pendingSince", s(since))));
			pending.add(id);
			this.dynamoDb.putItem((request) -> request.tableName(this.table).item(Map.of("pk", s(newId()))));
		}
		String published = pending.remove(3);
		this.dynamoDb.updateItem((request) -> request.tableName(this.table)
			.key(Map.of("pk", s(published)))
			.updateExpression("REMOVE pendingShard, pendingSince"));

		List<String> seen = new ArrayList<>();
		Map<String, AttributeValue> startKey = null;
		int pages = 0;
		do {
			Map<String, AttributeValue> from = startKey;
			QueryResponse page = this.dynamoDb.query((request) -> request.tableName(this.table)
				.indexName(PENDING_INDEX)
				.keyConditionExpression("pendingShard = :shard")
				.expressionAttributeValues(Map.of(":shard", s(shard)))
				.limit(4)
				.exclusiveStartKey(from));
			page.items().forEach((item) -> seen.add(item.get("pk").s()));
			startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey()
					: null;
			pages++;
		}
		while (startKey != null);

		assertThat(seen).containsExactlyElementsOf(pending);
		assertThat(pages).isEqualTo(2);
	}

	@Test
	void aBatchReadReturnsWhatExistsAndLeavesOutWhatDoesNot() {
		List<String> ids = IntStream.range(0, 5).mapToObj((i) -> newId()).toList();
		ids.forEach((id) -> this.dynamoDb
			.putItem((request) -> request.tableName(this.table).item(Map.of("pk", s(id), "stock", n(1)))));
		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		ids.forEach((id) -> keys.add(Map.of("pk", s(id))));
		keys.add(Map.of("pk", s(newId())));

		BatchGetItemResponse response = this.dynamoDb.batchGetItem((request) -> request
			.requestItems(Map.of(this.table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));

		assertThat(response.responses().get(this.table)).extracting((item) -> item.get("pk").s())
			.containsExactlyInAnyOrderElementsOf(ids);
		assertThat(response.unprocessedKeys()).isEmpty();
	}

	@Test
	void aBatchReadTooLargeForOneAnswerLeavesUnprocessedKeysThatAFollowUpReturns() {
		SdkBytes picture = SdkBytes.fromByteArray(new byte[300 * 1024]);
		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			String id = newId();
			this.dynamoDb.putItem((request) -> request.tableName(this.table)
				.item(Map.of("pk", s(id), "bytes", AttributeValue.fromB(picture))));
			keys.add(Map.of("pk", s(id)));
		}

		Map<String, KeysAndAttributes> unread = Map.of(this.table, KeysAndAttributes.builder().keys(keys).build());
		List<Map<String, AttributeValue>> read = new ArrayList<>();
		List<Integer> unprocessedPerCall = new ArrayList<>();
		while (!unread.isEmpty()) {
			Map<String, KeysAndAttributes> request = unread;
			BatchGetItemResponse response = this.dynamoDb.batchGetItem((batch) -> batch.requestItems(request));
			read.addAll(response.responses().getOrDefault(this.table, List.of()));
			unread = new HashMap<>(response.unprocessedKeys());
			unprocessedPerCall.add(unread.isEmpty() ? 0 : unread.get(this.table).keys().size());
		}

		assertThat(unprocessedPerCall.get(0)).isPositive();
		assertThat(read).extracting((item) -> item.get("pk"))
			.containsExactlyInAnyOrderElementsOf(keys.stream().map((key) -> key.get("pk")).toList());
	}

	@Test
	void aBatchReadOfMoreThanOneHundredKeysIsRefused() {
		List<Map<String, AttributeValue>> keys = IntStream.range(0, 101)
			.mapToObj((i) -> Map.of("pk", s(newId())))
			.toList();

		DynamoDbException refused = catchThrowableOfType(DynamoDbException.class, () -> this.dynamoDb.batchGetItem(
				(request) -> request.requestItems(Map.of(this.table, KeysAndAttributes.builder().keys(keys).build()))));

		assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
	}

}
