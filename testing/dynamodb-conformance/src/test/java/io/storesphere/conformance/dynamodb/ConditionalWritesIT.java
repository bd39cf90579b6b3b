package io.storesphere.conformance.dynamodb;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Single-item writes as the services make them: create-once puts (inboxes, idempotency
 * keys), optimistic versions (carts, products), atomic {@code ADD} (restock) and guarded
 * deletes.
 */
class ConditionalWritesIT extends ConformanceSupport {

	private String table;

	@BeforeAll
	void createTable() {
		this.table = target().createTable("items",
				(request) -> request.keySchema((key) -> key.attributeName("pk").keyType(KeyType.HASH))
					.attributeDefinitions(
							(attribute) -> attribute.attributeName("pk").attributeType(ScalarAttributeType.S)));
	}

	@Test
	void aPutConditionalOnAbsenceWritesOnceAndThenFailsLeavingTheFirstItem() {
		String id = newId();
		putIfAbsent(id, "first");

		assertThatExceptionOfType(ConditionalCheckFailedException.class).isThrownBy(() -> putIfAbsent(id, "second"));

		assertThat(get(id).get("value").s()).isEqualTo("first");
	}

	@Test
	void anUpdateConditionalOnTheVersionSeenAppliesOnceAndRefusesTheStaleWriter() {
		String id = newId();
		this.dynamoDb.putItem((request) -> request.tableName(this.table)
			.item(Map.of("pk", s(id), "version", n(1), "quantity", n(1))));

		Map<String, AttributeValue> updated = updateIfVersion(id, 1, 5);
		assertThat(updated).containsEntry("version", n(2)).containsEntry("quantity", n(5));

		assertThatExceptionOfType(ConditionalCheckFailedException.class).isThrownBy(() -> updateIfVersion(id, 1, 9));
		assertThat(get(id)).containsEntry("version", n(2)).containsEntry("quantity", n(5));
	}

	@Test
	void addCreatesTheItemAndTheAttributeAndThenAddsAtomically() {
		String id = newId();
		add(id, 7);
		add(id, -2);

		assertThat(get(id)).containsEntry("stock", n(5));
	}

	@Test
	void anUpdateConditionalOnExistenceNeverCreatesAnItem() {
		String id = newId();

		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> this.dynamoDb.updateItem((request) -> request.tableName(this.table)
				.key(Map.of("pk", s(id)))
				.updateExpression("SET #stock = :stock")
				.conditionExpression("attribute_exists(pk)")
				.expressionAttributeNames(Map.of("#stock", "stock"))
				.expressionAttributeValues(Map.of(":stock", n(1)))));

		assertThat(this.dynamoDb.getItem((request) -> request.tableName(this.table).key(Map.of("pk", s(id)))).hasItem())
			.isFalse();
	}

	@Test
	void aGuardedDeleteRemovesOnlyWhenTheConditionHolds() {
		String id = newId();
		this.dynamoDb.putItem((request) -> request.tableName(this.table).item(Map.of("pk", s(id), "version", n(3))));

		assertThatExceptionOfType(ConditionalCheckFailedException.class).isThrownBy(() -> deleteIfVersion(id, 2));
		assertThat(get(id)).containsEntry("version", n(3));

		deleteIfVersion(id, 3);
		assertThat(this.dynamoDb.getItem((request) -> request.tableName(this.table).key(Map.of("pk", s(id)))).hasItem())
			.isFalse();
	}

	@Test
	void aNumberComparedInAConditionIsComparedAsANumberNotAsText() {
		String id = newId();
		this.dynamoDb.putItem((request) -> request.tableName(this.table).item(Map.of("pk", s(id), "stock", n(10))));

		assertThatExceptionOfType(ConditionalCheckFailedException.class).isThrownBy(() -> take(id, 11));
		take(id, 9);

		assertThat(get(id)).containsEntry("stock", n(1));
	}

	private void putIfAbsent(String id, String value) {
		this.dynamoDb.putItem((request) -> request.tableName(this.table)
			.item(Map.of("pk", s(id), "value", s(value)))
			.conditionExpression("attribute_not_exists(pk)"));
	}

	private Map<String, AttributeValue> updateIfVersion(String id, int seen, int quantity) {
		return this.dynamoDb
			.updateItem((request) -> request.tableName(this.table)
				.key(Map.of("pk", s(id)))
				.updateExpression("SET #quantity = :quantity, #version = #version + :one")
				.conditionExpression("#version = :seen")
				.expressionAttributeNames(Map.of("#quantity", "quantity", "#version", "version"))
				.expressionAttributeValues(Map.of(":quantity", n(quantity), ":one", n(1), ":seen", n(seen)))
				.returnValues(ReturnValue.ALL_NEW))
			.attributes();
	}

	private void add(String id, int amount) {
		this.dynamoDb.updateItem((request) -> request.tableName(this.table)
			.key(Map.of("pk", s(id)))
			.updateExpression("ADD #stock :amount")
			.expressionAttributeNames(Map.of("#stock", "stock"))
			.expressionAttributeValues(Map.of(":amount", n(amount))));
	}

	private void take(String id, int quantity) {
		this.dynamoDb.updateItem((request) -> request.tableName(this.table)
			.key(Map.of("pk", s(id)))
			.updateExpression("SET #stock = #stock - :quantity")
			.conditionExpression("#stock >= :quantity")
			.expressionAttributeNames(Map.of("#stock", "stock"))
			.expressionAttributeValues(Map.of(":quantity", n(quantity))));
	}

	private void deleteIfVersion(String id, int version) {
		this.dynamoDb.deleteItem((request) -> request.tableName(this.table)
			.key(Map.of("pk", s(id)))
			.conditionExpression("#version = :version")
			.expressionAttributeNames(Map.of("#version", "version"))
			.expressionAttributeValues(Map.of(":version", n(version))));
	}

	private Map<String, AttributeValue> get(String id) {
		return this.dynamoDb
			.getItem((request) -> request.tableName(this.table).key(Map.of("pk", s(id))).consistentRead(true))
			.item();
	}

}
