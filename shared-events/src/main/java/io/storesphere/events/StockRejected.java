package io.storesphere.events;

import java.util.List;

import static io.storesphere.events.Fields.requiredList;
import static io.storesphere.events.Fields.requiredText;

/**
 * {@code catalog.stock-rejected.v1}: stock could not cover the order, so nothing was
 * deducted.
 */
public record StockRejected(String orderId, List<StockShortage> shortages) implements IntegrationEvent {

	public StockRejected {
		requiredText(orderId, "orderId");
		shortages = requiredList(shortages, "shortages");
	}

}
