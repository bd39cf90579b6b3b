package io.storesphere.analytics.sales;

import java.time.Clock;

import io.storesphere.analytics.sales.OrderFigures.ProductFigures;
import io.storesphere.analytics.sales.SalesProjectionStore.CountedOrder;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderCancelled;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.UserRegistered;

/**
 * Turns events into customers, lifetime values and sales facts. Each event is applied in
 * one transaction together with its processed-event row, so a redelivered event changes
 * nothing.
 */
public class SalesProjection {

	private final SalesProjectionStore store;

	private final Transactions transactions;

	private final Clock clock;

	public SalesProjection(SalesProjectionStore store, Transactions transactions, Clock clock) {
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Applies an event once.
	 * @param event the event, of any type
	 * @return false if it was a duplicate, handled before
	 */
	public boolean apply(EventEnvelope<?> event) {
		return this.transactions.inTransaction(() -> applyOnce(event));
	}

	private boolean applyOnce(EventEnvelope<?> event) {
		if (!this.store.markProcessed(event.eventId().toString(), event.eventType(), this.clock.instant())) {
			return false;
		}
		if (event.payload() instanceof UserRegistered registered) {
			this.store.registerCustomer(registered.userId(), registered.fullName(), registered.email(),
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
		this.store.knowCustomer(placed.userId(), placed.customerName(), placed.customerEmail());
		OrderFigures order = OrderFigures.of(placed);
		if (!this.store.recordOrder(order.orderId(), order.userId(), order.placedAt(), order.placedOn(),
				order.itemCount(), order.grandTotal())) {
			// Counted under another event id already, or cancelled before it arrived.
			return;
		}
		this.store.addToLifetimeValue(order.userId(), order.itemCount(), order.grandTotal(), order.placedAt());
		this.store.addToDay(order.placedOn(), 1, order.itemCount(), order.grandTotal());
		for (ProductFigures product : order.products()) {
			this.store.addToProduct(product.productId(), product.productName(), product.units(), product.revenue());
		}
	}

	private void reverse(OrderCancelled cancelled) {
		if (!this.store.cancelOrder(cancelled.orderId())) {
			this.store.recordCancelledBeforePlaced(cancelled.orderId(), cancelled.userId());
			return;
		}
		CountedOrder order = this.store.countedOrder(cancelled.orderId());
		this.store.subtractFromLifetimeValue(cancelled.userId(), order.itemCount(), order.grandTotal());
		this.store.addToDay(order.placedOn(), -1, -order.itemCount(), order.grandTotal().negate());
		for (ProductFigures product : OrderFigures.byProduct(cancelled.lines())) {
			this.store.addToProduct(product.productId(), product.productName(), -product.units(),
					product.revenue().negate());
		}
	}

}
