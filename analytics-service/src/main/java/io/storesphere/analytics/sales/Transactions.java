package io.storesphere.analytics.sales;

import java.util.function.Supplier;

/** Where a unit of work begins and ends, without naming the store's framework. */
public interface Transactions {

	/**
	 * Runs work in one transaction: everything it writes commits together or, if it
	 * throws, nothing does, and the exception comes out unchanged.
	 * @param <T> what the work returns
	 * @param work the work
	 * @return what the work returned
	 */
	<T> T inTransaction(Supplier<T> work);

	/**
	 * Runs reads in one read-only transaction, so they see one state of the store.
	 * @param <T> what the reads return
	 * @param reads the reads
	 * @return what the reads returned
	 */
	<T> T inReadOnlyTransaction(Supplier<T> reads);

}
