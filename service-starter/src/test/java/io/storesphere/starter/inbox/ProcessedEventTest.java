package io.storesphere.starter.inbox;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox item keeps the attribute names and types the services' tables hold. */
class ProcessedEventTest {

	@Test
	void mapsToTheStoredAttributesAndBack() {
		ProcessedEvent handled = ProcessedEvent.of("e-1", "checkout.order-placed.v1",
				Instant.parse("2026-11-30T07:00:00.250Z"), Instant.parse("2026-12-30T07:00:00Z"));

		Map<String, AttributeValue> item = ProcessedEvent.SCHEMA.itemToMap(handled, true);

		assertThat(item).containsEntry("eventId", AttributeValue.fromS("e-1"))
			.containsEntry("eventType", AttributeValue.fromS("checkout.order-placed.v1"))
			.containsEntry("processedAt", AttributeValue.fromS("2026-11-30T07:00:00.250Z"))
			.containsEntry("expiresAt", AttributeValue.fromN("1798614000"));
		assertThat(ProcessedEvent.SCHEMA.mapToItem(item)).isEqualTo(handled);
		assertThat(ProcessedEvent.SCHEMA.tableMetadata().primaryPartitionKey()).isEqualTo("eventId");
	}

}
