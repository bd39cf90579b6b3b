package io.storesphere.catalog.stock;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.storesphere.catalog.stock.StockDeduction.Committed;
import io.storesphere.catalog.stock.StockDeduction.Level;

/**
 * Stock and the record of applied orders, kept together so an order's deduction and the
 * note that it was applied are one atomic write. One adapter: a DynamoDB transaction.
 */
public interface StockLedger {

	/** What was recorded for this order, if it was applied before. */
	Optional<Recorded> recorded(String orderId);

	/** Current stock of the products that exist among {@code productIds}. */
	Map<String, Level> levels(Collection<String> productIds);

	/**
	 * Deducts every line, provided no product changed since its level was read, and
	 * records the outcome with the events still to publish, all at once.
	 * @throws ProductsChangedException if a product changed meanwhile (read again)
	 * @throws AlreadyRecordedException if this order was applied meanwhile
	 */
	void commit(String orderId, String sourceEventId, Committed decision, List<String> events, Instant now);

	/**
	 * Records a rejection with the events still to publish; changes no stock.
	 * @throws AlreadyRecordedException if this order was applied meanwhile
	 */
	void reject(String orderId, String sourceEventId, List<String> events, Instant now);

	/** Notes that the order's events have all been published. */
	void published(String orderId);

	/** Orders recorded before {@code cutoff} whose events are not all published yet. */
	List<Recorded> unpublishedBefore(Instant cutoff, int limit);

	/**
	 * An applied order.
	 *
	 * @param orderId the order
	 * @param committed whether its stock was deducted
	 * @param unpublished encoded events not yet known to be published, in order
	 * @param recordedAt when the outcome was written
	 */
	record Recorded(String orderId, boolean committed, List<String> unpublished, Instant recordedAt) {

	}

	/** A product changed between reading its level and writing it. */
	class ProductsChangedException extends RuntimeException {

		public ProductsChangedException(String message) {
			super(message);
		}

	}

	/** Another delivery of the same order got there first. */
	class AlreadyRecordedException extends RuntimeException {

		public AlreadyRecordedException(String orderId) {
			super("Order " + orderId + " was already applied");
		}

	}

}
