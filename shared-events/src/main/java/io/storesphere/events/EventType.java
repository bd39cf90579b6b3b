package io.storesphere.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type on the wire, the topic that carries it and the record that holds its
 * payload. The topology derives its subscription filter policies from this table.
 */
public enum EventType {

	USER_REGISTERED("identity.user-registered.v1", Topics.IDENTITY_EVENTS, UserRegistered.class),

	ORDER_PLACED("checkout.order-placed.v1", Topics.ORDER_EVENTS, OrderPlaced.class),

	ORDER_CANCELLED("checkout.order-cancelled.v1", Topics.ORDER_EVENTS, OrderCancelled.class),

	STOCK_COMMITTED("catalog.stock-committed.v1", Topics.CATALOG_EVENTS, StockCommitted.class),

	STOCK_REJECTED("catalog.stock-rejected.v1", Topics.CATALOG_EVENTS, StockRejected.class),

	STOCK_LOW("catalog.stock-low.v1", Topics.CATALOG_EVENTS, StockLow.class);

	/**
	 * Name of the SNS message attribute that carries the type, used by filter policies.
	 */
	public static final String MESSAGE_ATTRIBUTE = "eventType";

	private final String wireName;

	private final String topic;

	private final Class<? extends IntegrationEvent> payloadType;

	EventType(String wireName, String topic, Class<? extends IntegrationEvent> payloadType) {
		this.wireName = wireName;
		this.topic = topic;
		this.payloadType = payloadType;
	}

	/**
	 * The value of the envelope's {@code eventType} field, e.g.
	 * {@code checkout.order-placed.v1}.
	 */
	public String wireName() {
		return this.wireName;
	}

	/** The topic (without environment prefix) this event is published to. */
	public String topic() {
		return this.topic;
	}

	public Class<? extends IntegrationEvent> payloadType() {
		return this.payloadType;
	}

	public static Optional<EventType> fromWireName(String wireName) {
		return Arrays.stream(values()).filter((type) -> type.wireName.equals(wireName)).findFirst();
	}

	static EventType of(Class<?> payloadType) {
		return Arrays.stream(values())
			.filter((type) -> type.payloadType.equals(payloadType))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No event type for " + payloadType.getName()));
	}

	@Override
	public String toString() {
		return this.wireName;
	}

}
