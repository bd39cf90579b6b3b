package io.storesphere.gateway.ratelimit.persistence;

import java.time.Instant;
import java.util.Map;

import io.storesphere.gateway.ratelimit.AttemptCounter;
import io.storesphere.gateway.ratelimit.config.RateLimitProperties;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.stereotype.Component;

/**
 * One conditional, atomic update per attempt: add one to the window's counter unless it
 * has reached the limit. The item expires with the window (TTL), so the table stays
 * small.
 */
@Component
class DynamoDbAttemptCounter implements AttemptCounter {

	private final DynamoDbClient dynamoDb;

	private final String table;

	DynamoDbAttemptCounter(DynamoDbClient dynamoDb, RateLimitProperties properties) {
		this.dynamoDb = dynamoDb;
		this.table = properties.table();
	}

	@Override
	public Mono<Boolean> tryCount(String key, int limit, Instant expiresAt) {
		return Mono.fromCallable(() -> {
			try {
				this.dynamoDb.updateItem((request) -> request.tableName(this.table)
					.key(Map.of("bucketKey", AttributeValue.fromS(key)))
					.updateExpression("ADD attempts :one SET expiresAt = :expiresAt")
					.conditionExpression("attribute_not_exists(attempts) OR attempts < :limit")
					.expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"), ":limit",
							AttributeValue.fromN(String.valueOf(limit)), ":expiresAt",
							AttributeValue.fromN(String.valueOf(expiresAt.getEpochSecond())))));
				return true;
			}
			catch (ConditionalCheckFailedException limitReached) {
				return false;
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

}
