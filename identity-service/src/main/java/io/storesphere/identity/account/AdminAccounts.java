package io.storesphere.identity.account;

import java.time.Clock;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates or updates the one configured administrator account. */
@Component
public class AdminAccounts {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	AdminAccounts(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Idempotent: a second call with the same values changes nothing. Returns what it
	 * did.
	 */
	@Transactional
	public Outcome ensure(String email, String fullName, String password) {
		String normalisedEmail = AccountService.normaliseEmail(email);
		return this.accounts.findByEmail(normalisedEmail).map((existing) -> {
			boolean passwordMatches = this.passwords.matches(password, existing.passwordHash());
			if (passwordMatches && existing.role() == Role.ADMIN && existing.fullName().equals(fullName)) {
				return Outcome.UNCHANGED;
			}
			existing.update(fullName, passwordMatches ? existing.passwordHash() : this.passwords.encode(password),
					Role.ADMIN, this.clock.instant());
			return Outcome.UPDATED;
		}).orElseGet(() -> {
			this.accounts.save(new Account(normalisedEmail, fullName, this.passwords.encode(password), Role.ADMIN,
					this.clock.instant()));
			return Outcome.CREATED;
		});
	}

	/** What {@link #ensure} did. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

}
