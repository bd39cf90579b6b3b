package io.storesphere.identity.account.persistence;

import java.util.Optional;

import io.storesphere.identity.account.Account;
import io.storesphere.identity.account.AccountExceptions;
import io.storesphere.identity.account.Accounts;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts in the {@code accounts} table. */
@Repository
class JpaAccounts implements Accounts {

	private final AccountRepository rows;

	JpaAccounts(AccountRepository rows) {
		this.rows = rows;
	}

	@Override
	public Optional<Account> byId(String id) {
		return this.rows.findById(id).map(AccountEntity::toAccount);
	}

	@Override
	public Optional<Account> byEmail(String email) {
		return this.rows.findByEmail(email).map(AccountEntity::toAccount);
	}

	@Override
	public boolean isRegistered(String email) {
		return this.rows.existsByEmail(email);
	}

	@Override
	public void add(Account account) {
		try {
			this.rows.saveAndFlush(new AccountEntity(account));
		}
		catch (DataIntegrityViolationException concurrentSignup) {
			throw new AccountExceptions.EmailAlreadyRegistered();
		}
	}

	/**
	 * Changes the row in the caller's transaction, where it was read: its version then
	 * guards against a concurrent change.
	 */
	@Override
	@Transactional
	public void update(Account account) {
		AccountEntity row = this.rows.findById(account.id())
			.orElseThrow(() -> new IllegalStateException("No account " + account.id() + " to update"));
		row.update(account);
	}

}
