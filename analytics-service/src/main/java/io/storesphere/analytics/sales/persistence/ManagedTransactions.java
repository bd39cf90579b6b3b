package io.storesphere.analytics.sales.persistence;

import java.util.function.Supplier;

import io.storesphere.analytics.sales.Transactions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Transactions} run by Spring's transaction manager, as {@code @Transactional}
 * would: joined if one is already open, rolled back on any exception.
 */
@Component
class ManagedTransactions implements Transactions {

	private final TransactionTemplate readWrite;

	private final TransactionTemplate readOnly;

	ManagedTransactions(PlatformTransactionManager transactionManager) {
		this.readWrite = new TransactionTemplate(transactionManager);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public <T> T inTransaction(Supplier<T> work) {
		return this.readWrite.execute((status) -> work.get());
	}

	@Override
	public <T> T inReadOnlyTransaction(Supplier<T> reads) {
		return this.readOnly.execute((status) -> reads.get());
	}

}
