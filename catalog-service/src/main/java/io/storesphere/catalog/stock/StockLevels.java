package io.storesphere.catalog.stock;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import io.storesphere.catalog.stock.OrderProgress.Change;
import io.storesphere.catalog.stock.StockDeduction.Committed;
import io.storesphere.catalog.stock.StockDeduction.Level;

/**
 * Products' stock levels. Every change to them carries the change to the order's record
 * that goes with it, written at once, so stock never moves without the order saying so.
 * One adapter: a DynamoDB transaction.
 */
public interface StockLevels {

	/** Current stock of the products that exist among {@code productIds}. */
	Map<String, Level> levels(Collection<String> productIds);

	/**
	 * Deducts every line, provided no product changed since its level was read (and each
	 * keeps {@code stock >= quantity}), together with {@code change}.
	 * @throws ProductsChangedException if a product changed meanwhile (read again)
	 * @throws OrderProgress.AlreadyRecordedException if {@code change} starts a record
	 * that another delivery wrote meanwhile
	 * @throws OrderProgress.ProgressMovedException if another delivery moved the order on
	 * meanwhile
	 */
	void deduct(Committed decision, Change change, Instant now);

	/**
	 * Adds {@code quantities} back to the products that still exist, together with
	 * {@code change}.
	 * @throws OrderProgress.ProgressMovedException if another delivery moved the order on
	 * meanwhile
	 */
	void giveBack(Map<String, Integer> quantities, Change change, Instant now);

	/** A product changed between reading its level and writing it. */
	class ProductsChangedException extends RuntimeException {

		public ProductsChangedException(String message) {
			super(message);
		}

	}

}
