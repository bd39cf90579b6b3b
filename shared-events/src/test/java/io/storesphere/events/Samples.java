package io.storesphere.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The records that the golden JSON files under {@code golden/} hold, built in Java. */
final class Samples {

	private static final String USER = "5f1c2a7e-8d44-4b9a-a0c1-2b3c4d5e6f70";

	private static final OrderLine KETTLES = new OrderLine("prod-kettle", "Copper Kettle", new BigDecimal("49.90"), 2,
			new BigDecimal("99.80"));

	private static final OrderLine MUG = new OrderLine("prod-mug", "Stoneware Mug", new BigDecimal("12.50"), 1,
			new BigDecimal("12.50"));

	static final Map<EventType, EventEnvelope<?>> BY_TYPE = Map.of(EventType.USER_REGISTERED,
			envelope("0b9a6c1e-3f7d-4c55-9b0e-1d2f3a4b5c6d", "2026-11-21T10:15:30Z", "identity-service", "signup-7f3e",
					new UserRegistered(USER, "Ada Lovelace", "ada@example.com", Instant.parse("2026-11-21T10:15:30Z"))),
			EventType.ORDER_PLACED,
			envelope("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "2026-11-21T11:00:00.123Z", "checkout-service",
					"checkout-9c1a",
					new OrderPlaced("ord-3b8d9e2a", "SS-100042", USER, "Ada Lovelace", "ada@example.com",
							List.of(KETTLES, MUG), 3, new BigDecimal("112.30"), new BigDecimal("0.08"),
							new BigDecimal("8.98"), new BigDecimal("121.28"), "USD",
							new PaymentSummary("pay-6d2f0e", "VISA", "4242"),
							Instant.parse("2026-11-21T11:00:00.123Z"))),
			EventType.ORDER_CANCELLED,
			envelope("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60", "2026-11-21T11:00:05Z", "checkout-service",
					"checkout-9c1a",
					new OrderCancelled("ord-3b8d9e2a", "SS-100042", USER, "Ada Lovelace", "ada@example.com",
							"Copper Kettle is out of stock", new BigDecimal("121.28"), "USD", List.of(KETTLES),
							Instant.parse("2026-11-21T11:00:05Z"))),
			EventType.STOCK_COMMITTED,
			envelope("3e4f5a6b-7c8d-4e9f-0a1b-2c3d4e5f6071", "2026-11-21T11:00:01Z", "catalog-service", "checkout-9c1a",
					new StockCommitted("ord-3b8d9e2a")),
			EventType.STOCK_REJECTED,
			envelope("4f5a6b7c-8d9e-4f0a-1b2c-3d4e5f607182", "2026-11-21T11:00:01Z", "catalog-service", "checkout-9c1a",
					new StockRejected("ord-3b8d9e2a", List.of(new StockShortage("prod-kettle", 2, 1)))),
			EventType.STOCK_LOW,
			envelope("5a6b7c8d-9e0f-4a1b-2c3d-4e5f60718293", "2026-11-21T11:00:01Z", "catalog-service", "checkout-9c1a",
					new StockLow("prod-kettle", "Copper Kettle", 5, 15, Instant.parse("2026-11-21T11:00:01Z"))));

	private Samples() {
	}

	private static <T extends IntegrationEvent> EventEnvelope<T> envelope(String eventId, String occurredAt,
			String producer, String correlationId, T payload) {
		return new EventEnvelope<>(UUID.fromString(eventId), payload.eventType().wireName(), Instant.parse(occurredAt),
				producer, correlationId, payload);
	}

}
