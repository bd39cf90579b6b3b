package io.storesphere.analytics.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What {@link SalesProjection} writes: processed events, customers, the orders it counted
 * and the counters they add to. Each write is atomic on its own and safe next to
 * concurrent events for the same customer, day or product; {@link Transactions} makes one
 * event's writes commit together.
 */
public interface SalesProjectionStore {

	/**
	 * @return false if the event was handled before
	 */
	boolean markProcessed(String eventId, String eventType, Instant now);

	/** Creates the customer, or completes the one an earlier order created. */
	void registerCustomer(String userId, String fullName, String email, Instant registeredAt);

	/**
	 * A customer seen first through an order; identity's registration completes the row
	 * later. Changes nothing for a known customer.
	 */
	void knowCustomer(String userId, String fullName, String email);

	/**
	 * @return false if the order is known already (counted, or cancelled before it
	 * arrived)
	 */
	boolean recordOrder(String orderId, String userId, Instant placedAt, LocalDate placedOn, int itemCount,
			BigDecimal grandTotal);

	/**
	 * Marks a counted order cancelled.
	 * @return false if it was not counted (unknown or cancelled)
	 */
	boolean cancelOrder(String orderId);

	/** A cancellation that arrived before its order: the order must then never count. */
	void recordCancelledBeforePlaced(String orderId, String userId);

	void addToLifetimeValue(String userId, int items, BigDecimal spent, Instant placedAt);

	/**
	 * Takes a cancelled order out; first and last order are recomputed from the orders
	 * that still count.
	 */
	void subtractFromLifetimeValue(String userId, int items, BigDecimal spent);

	/** Adds to a product's units and revenue (negative amounts take off). */
	void addToProduct(String productId, String productName, int units, BigDecimal revenue);

	/** Adds to a day's orders, units and revenue (negative amounts take off). */
	void addToDay(LocalDate day, int orders, int units, BigDecimal revenue);

	/** What a counted order added, so that its cancellation takes off exactly that. */
	CountedOrder countedOrder(String orderId);

	/** An order's figures as they were counted. */
	record CountedOrder(int itemCount, BigDecimal grandTotal, LocalDate placedOn) {

	}

}
