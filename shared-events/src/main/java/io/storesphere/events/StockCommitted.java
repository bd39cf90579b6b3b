package io.storesphere.events;

import static io.storesphere.events.Fields.requiredText;

/**
 * {@code catalog.stock-committed.v1}: every line of the order was deducted from stock.
 */
public record StockCommitted(String orderId) implements IntegrationEvent {

	public StockCommitted {
		requiredText(orderId, "orderId");
	}

}
