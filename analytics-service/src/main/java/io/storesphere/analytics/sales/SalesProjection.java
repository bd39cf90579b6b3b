package io.storesphere.analytics.sales;

import java.time.Clock;

import io.storesphere.analytics.sales.OrderFigures.ProductFigures;
import io.storesphere.analytics.sales.persistence.SalesWrites;
import io.storesphere.analytics.sales.persistence.SalesWrites.CountedOrder;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderCancelled;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.UserRegistered;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns events into customers, lifetime values and sales facts. Each event is applied in
 * one transaction together with its processed-event row, so a redelivered event changes
 * nothing.
 */
@Service
public class SalesProjection {

	private final SalesWrites writes;

	private final Clock clock;

	SalesProjection(SalesWrites writes, Clock clock) {
		this.writes = writes;
		this.clock = clock;
	}

	@Transactional
	public boolean apply(EventEnvelope<?> event) {
		if (!this.writes.markProcessed(event.eventId().toString(), event.eventType(), this.clock.instant())) {
			return false;
		}
		if (event.payload() instanceof UserRegistered registered) {
			this.writes.registerCustomer(registered.userId(), registered.fullName(), registered.email(),
					registered.registeredAt());
		}
		else if (event.payload() instanceof OrderPlaced placed) {
			count(placed);
		}
		else if (event.payload() instanceof OrderCancelled cancelled) {
			reverse(cancelled);
		}
		// Other types are not analytics' concern; the subscription filters keep them
		// away.
		return true;
	}

	private void count(OrderPlaced placed) {
		this.writes.knowCustomer(placed.userId(), placed.customerName(), placed.customerEmail());
		OrderFigures order = OrderFigures.of(placed);
		if (!this.writes.recordOrder(order.orderId(), order.userId(), order.placedAt(), order.placedOn(),
				order.itemCount(), order.grandTotal())) {
			// Counted under another event id already, or cancelled before it arrived.
			return;
		}
		this.writes.addToLifetimeValue(order.userId(), order.itemCount(), order.grandTotal(), order.placedAt());
		this.writes.addToDay(order.placedOn(), 1, order.itemCount(), order.grandTotal());
		for (ProductFigures product : order.products()) {
			this.writes.addToProduct(product.productId(), product.productName(), product.units(), product.revenue());
		}
	}

	private void reverse(OrderCancelled cancelled) {
		if (!this.writes.cancelOrder(cancelled.orderId())) {
			this.writes.recordCancelledBeforePlaced(cancelled.orderId(), cancelled.userId());
			return;
		}
		CountedOrder order = this.writes.countedOrder(cancelled.orderId());
		this.writes.subtractFromLifetimeValue(cancelled.userId(), order.itemCount(), order.grandTotal());
		this.writes.addToDay(order.placedOn(), -1, -order.itemCount(), order.grandTotal().negate());
		for (ProductFigures product : OrderFigures.byProduct(cancelled.lines())) {
			this.writes.addToProduct(product.productId(), product.productName(), -product.units(),
					product.revenue().negate());
		}
	}

}
