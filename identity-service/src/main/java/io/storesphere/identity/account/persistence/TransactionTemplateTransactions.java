package io.storesphere.identity.account.persistence;

import java.util.function.Supplier;

import io.storesphere.identity.account.Transactions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions of identity's database: propagation REQUIRED, rollback on any runtime
 * exception or error, as {@code @Transactional} had it.
 */
@Component
class TransactionTemplateTransactions implements Transactions {

	private final TransactionTemplate template;

	TransactionTemplateTransactions(TransactionTemplate template) {
		this.template = template;
	}

	@Override
	public <T> T inTransaction(Supplier<T> work) {
		return this.template.execute((status) -> work.get());
	}

}
