package io.storesphere.starter.inbox;

import java.time.Instant;

import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

/**
 * One item of a service's DynamoDB inbox ({@code <env>-<service>-inbox}, partition key
 * {@code eventId}, time to live on {@code expiresAt}, as the topology creates it): the
 * record that an event was handled. A service writes it with {@link #IS_NEW} in the same
 * transaction as the event's effect, so a second delivery fails the condition and changes
 * nothing. The store and the transaction stay the service's own; only the item's shape is
 * shared.
 *
 * @param eventId the event's id, the key
 * @param eventType the event's type, for whoever reads the table
 * @param processedAt when it was handled, ISO-8601
 * @param expiresAt epoch seconds after which DynamoDB may delete the record (the TTL
 * attribute)
 */
public record ProcessedEvent(String eventId, String eventType, String processedAt, Long expiresAt) {

	/** The attribute mapping, with the names the items have always had. */
	public static final TableSchema<ProcessedEvent> SCHEMA = StaticImmutableTableSchema
		.builder(ProcessedEvent.class, Builder.class)
		.newItemBuilder(Builder::new, Builder::build)
		.addAttribute(String.class,
				(a) -> a.name("eventId")
					.getter(ProcessedEvent::eventId)
					.setter((b, v) -> b.eventId = v)
					.tags(primaryPartitionKey()))
		.addAttribute(String.class,
				(a) -> a.name("eventType").getter(ProcessedEvent::eventType).setter((b, v) -> b.eventType = v))
		.addAttribute(String.class,
				(a) -> a.name("processedAt").getter(ProcessedEvent::processedAt).setter((b, v) -> b.processedAt = v))
		.addAttribute(Long.class,
				(a) -> a.name("expiresAt").getter(ProcessedEvent::expiresAt).setter((b, v) -> b.expiresAt = v))
		.build();

	/** The condition that makes a second record of the same event fail. */
	public static final Expression IS_NEW = Expression.builder().expression("attribute_not_exists(eventId)").build();

	/**
	 * The record of an event handled {@code at}, kept until {@code keptUntil}.
	 * @param eventId the event's id
	 * @param eventType the event's type
	 * @param at when it was handled
	 * @param keptUntil when the table's TTL may remove the record
	 * @return the item
	 */
	public static ProcessedEvent of(String eventId, String eventType, Instant at, Instant keptUntil) {
		return new ProcessedEvent(eventId, eventType, at.toString(), keptUntil.getEpochSecond());
	}

	private static final class Builder {

		private String eventId;

		private String eventType;

		private String processedAt;

		private Long expiresAt;

		ProcessedEvent build() {
			return new ProcessedEvent(this.eventId, this.eventType, this.processedAt, this.expiresAt);
		}

	}

}
