package io.storesphere.checkout.order.persistence;

import java.time.Clock;
import java.time.Duration;

import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.order.Inbox;
import io.storesphere.events.EventEnvelope;
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

	private final DynamoDbTable<InboxItem> inbox;

	private final Clock clock;

	private final Duration keepFor;

	DynamoInbox(DynamoDbEnhancedClient dynamoDb, CheckoutProperties properties, Clock clock) {
		this.inbox = dynamoDb.table(properties.tables().inbox(), DynamoSupport.INBOX);
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
			this.inbox.putItem(PutItemEnhancedRequest.builder(InboxItem.class)
				.item(InboxItem.handled(event, this.clock.instant(), this.keepFor))
				.conditionExpression(DynamoSupport.absent("eventId"))
				.build());
		}
		catch (ConditionalCheckFailedException alreadyThere) {
			// handled by another consumer meanwhile: the same outcome
		}
	}

}
