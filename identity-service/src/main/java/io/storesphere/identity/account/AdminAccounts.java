package io.storesphere.identity.account;

import java.time.Clock;

/** Creates or updates the one configured administrator account. */
public class AdminAccounts {

	private final Accounts accounts;

	private final PasswordHashes passwords;

	private final Transactions transactions;

	private final Clock clock;

	public AdminAccounts(Accounts accounts, PasswordHashes passwords, Transactions transactions, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Idempotent: a second call with the same values changes nothing. Returns what it
	 * did.
	 */
	public Outcome ensure(String email, String fullName, String password) {
		String normalisedEmail = AccountService.normaliseEmail(email);
		return this.transactions.inTransaction(() -> this.accounts.byEmail(normalisedEmail).map((existing) -> {
			boolean passwordMatches = this.passwords.matches(password, existing.passwordHash());
			if (passwordMatches && existing.role() == Role.ADMIN && existing.fullName().equals(fullName)) {
				return Outcome.UNCHANGED;
			}
			this.accounts.update(existing.updated(fullName,
					passwordMatches ? existing.passwordHash() : this.passwords.hash(password), Role.ADMIN,
					this.clock.instant()));
			return Outcome.UPDATED;
		}).orElseGet(() -> {
			this.accounts.add(new Account(normalisedEmail, fullName, this.passwords.hash(password), Role.ADMIN,
					this.clock.instant()));
			return Outcome.CREATED;
		}));
	}

	/** What {@link #ensure} did. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

}
