package io.storesphere.checkout.order.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.order.Inbox;
import io.storesphere.events.EventEnvelope;
import io.storesphere.starter.inbox.ProcessedEvent;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.stereotype.Component;

/**
 * The inbox in {@code <env>-checkout-inbox}: the ids of the events checkout has handled,
 * forgotten by DynamoDB's TTL after {@code saga.inbox-keep-for}.
 */
@Component
class DynamoInbox implements Inbox {

	private final DynamoDbTable<ProcessedEvent> inbox;

	private final Clock clock;

	private final Duration keepFor;

	DynamoInbox(DynamoDbEnhancedClient dynamoDb, CheckoutProperties properties, Clock clock) {
		this.inbox = dynamoDb.table(properties.tables().inbox(), ProcessedEvent.SCHEMA);
		this.clock = clock;
		this.keepFor = properties.saga().inboxKeepFor();
	}

	@Override
	public boolean isProcessed(EventEnvelope<?> event) {
		return DynamoSupport.read(this.inbox, event.eventId().toString()) != null;
	}

	@Override
	public void markProcessed(EventEnvelope<?> event) {
		try {
			Instant now = this.clock.instant();
			this.inbox.putItem(PutItemEnhancedRequest.builder(ProcessedEvent.class)
				.item(ProcessedEvent.of(event.eventId().toString(), event.eventType(), now, now.plus(this.keepFor)))
				.conditionExpression(ProcessedEvent.IS_NEW)
				.build());
		}
		catch (ConditionalCheckFailedException alreadyThere) {
			// handled by another consumer meanwhile: the same outcome
		}
	}

}
