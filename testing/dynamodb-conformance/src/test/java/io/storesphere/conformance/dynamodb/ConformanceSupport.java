package io.storesphere.conformance.dynamodb;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What every conformance test shares: the target chosen by {@link ConformanceTarget}, its
 * tables deleted after the class, and short forms for keys and attribute values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConformanceSupport {

	private ConformanceTarget target;

	protected DynamoDbClient dynamoDb;

	@BeforeAll
	void connect() {
		this.target = new ConformanceTarget();
		this.dynamoDb = this.target.dynamoDb();
	}

	@AfterAll
	void deleteTables() {
		this.target.close();
	}

	/**
	 * A table keyed by the string attribute {@code pk} alone, as most of the services'
	 * are.
	 */
	protected String createKeyedTable(String name) {
		return this.target.createTable(name,
				(request) -> request.keySchema((key) -> key.attributeName("pk").keyType(KeyType.HASH))
					.attributeDefinitions(
							(attribute) -> attribute.attributeName("pk").attributeType(ScalarAttributeType.S)));
	}

	protected ConformanceTarget target() {
		return this.target;
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

	static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	static AttributeValue n(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

}
