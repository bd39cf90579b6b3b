package io.storesphere.catalog.stock;

import java.time.Instant;
import java.util.List;

import io.storesphere.catalog.stock.StockDeduction.Committed;
import io.storesphere.catalog.stock.StockDeduction.Level;
import io.storesphere.catalog.stock.StockDeduction.Shortage;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.IntegrationEvent;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.StockCommitted;
import io.storesphere.events.StockLow;
import io.storesphere.events.StockRejected;
import io.storesphere.events.StockShortage;

/**
 * The events an order's outcome owes, encoded as they are stored with it: their ids are
 * fixed then, so publishing them again is deduplicated downstream. Each carries the
 * order's correlation id.
 */
final class OutcomeEvents {

	static final String PRODUCER = "catalog-service";

	private final EventCodec codec;

	OutcomeEvents(EventCodec codec) {
		this.codec = codec;
	}

	String committed(EventEnvelope<OrderPlaced> order, Instant now) {
		return encode(order, new StockCommitted(order.payload().orderId()), now);
	}

	String rejected(EventEnvelope<OrderPlaced> order, List<Shortage> shortages, Instant now) {
		return encode(order, new StockRejected(order.payload().orderId(), shortages.stream()
			.map((shortage) -> new StockShortage(shortage.productId(), shortage.requested(), shortage.available()))
			.toList()), now);
	}

	/** A stock-low for each product the deduction takes across an alert line. */
	List<String> alerts(EventEnvelope<OrderPlaced> order, Committed committed, Instant now) {
		return committed.alerts().stream().map((alert) -> {
			Level before = alert.before();
			return encode(order,
					new StockLow(before.productId(), before.name(), alert.stockAfter(), before.threshold(), now), now);
		}).toList();
	}

	private String encode(EventEnvelope<OrderPlaced> order, IntegrationEvent event, Instant now) {
		return this.codec.encode(EventEnvelope.wrap(event, PRODUCER, order.correlationId(), now));
	}

}
