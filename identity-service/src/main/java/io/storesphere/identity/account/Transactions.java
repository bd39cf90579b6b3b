package io.storesphere.identity.account;

import java.util.function.Supplier;

/** Makes several changes to the store commit together, or none of them. */
public interface Transactions {

	/**
	 * Runs {@code work} in a transaction (joining one already running), which commits
	 * when it returns and rolls back when it throws.
	 */
	<T> T inTransaction(Supplier<T> work);

}
