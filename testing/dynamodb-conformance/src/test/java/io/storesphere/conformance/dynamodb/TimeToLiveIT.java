package io.storesphere.conformance.dynamodb;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The TTL setting as the topology bootstrap makes it (describe, then enable once) and the
 * TTL attribute as the services write it: epoch seconds in a Number. When an expired item
 * goes is not asserted: AWS deletes it within days.
 */
class TimeToLiveIT extends ConformanceSupport {

	private String table;

	@BeforeAll
	void createTable() {
		this.table = target().createTable("dedupe",
				(request) -> request.keySchema((key) -> key.attributeName("pk").keyType(KeyType.HASH))
					.attributeDefinitions(
							(attribute) -> attribute.attributeName("pk").attributeType(ScalarAttributeType.S)));
	}

	@Test
	void ttlIsOffUntilEnabledThenDescribedWithItsAttributeAndCannotBeEnabledTwice() {
		assertThat(describe().timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);

		this.dynamoDb.updateTimeToLive((request) -> request.tableName(this.table)
			.timeToLiveSpecification((ttl) -> ttl.attributeName("expiresAt").enabled(true)));

		TimeToLiveDescription description = describe();
		assertThat(description.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
		assertThat(description.attributeName()).isEqualTo("expiresAt");

		DynamoDbException again = catchThrowableOfType(DynamoDbException.class,
				() -> this.dynamoDb.updateTimeToLive((request) -> request.tableName(this.table)
					.timeToLiveSpecification((ttl) -> ttl.attributeName("expiresAt").enabled(true))));
		assertThat(again.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
	}

	@Test
	void theTtlOfAMissingTableIsNotFound() {
		DynamoDbException missing = catchThrowableOfType(DynamoDbException.class,
				() -> this.dynamoDb.describeTimeToLive((request) -> request.tableName(this.table + "-missing")));

		assertThat(missing.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
	}

	@Test
	void theTtlAttributeIsAnEpochSecondsNumberThatReadsBackUnchanged() {
		String id = newId();
		long expiresAt = Instant.now().plusSeconds(3600).getEpochSecond();
		this.dynamoDb
			.putItem((request) -> request.tableName(this.table).item(Map.of("pk", s(id), "expiresAt", n(expiresAt))));

		assertThat(this.dynamoDb
			.getItem((request) -> request.tableName(this.table).key(Map.of("pk", s(id))).consistentRead(true))
			.item()).containsEntry("expiresAt", n(expiresAt));
	}

	private TimeToLiveDescription describe() {
		return this.dynamoDb.describeTimeToLive((request) -> request.tableName(this.table)).timeToLiveDescription();
	}

}
