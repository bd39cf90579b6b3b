package io.storesphere.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Signing up, signing in, and reading one's own account. */
public class AccountService {

	private final Accounts accounts;

	private final PasswordHashes passwords;

	private final LoginGuard guard;

	private final AccountEvents events;

	private final Transactions transactions;

	private final Clock clock;

	// Checked against when the address is unknown, so that both failures take as long.
	private final String unknownAccountHash;

	public AccountService(Accounts accounts, PasswordHashes passwords, LoginGuard guard, AccountEvents events,
			Transactions transactions, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.guard = guard;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.unknownAccountHash = passwords.hash("no account has this password " + System.nanoTime());
	}

	/** Normalises an e-mail address the way it is stored: trimmed and lower-cased. */
	public static String normaliseEmail(String email) {
		return (email != null) ? email.trim().toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * Creates a customer account and, in the same transaction, its
	 * {@link AccountRegistered} event.
	 * @throws AccountExceptions.EmailAlreadyRegistered if the address is taken
	 */
	public Account signUp(String fullName, String email, String password) {
		return this.transactions.inTransaction(() -> {
			String normalisedEmail = normaliseEmail(email);
			if (password.trim().equalsIgnoreCase(normalisedEmail)) {
				throw new AccountExceptions.InvalidField("password", "must not be the same as the e-mail address");
			}
			if (this.accounts.isRegistered(normalisedEmail)) {
				throw new AccountExceptions.EmailAlreadyRegistered();
			}
			Account account = new Account(normalisedEmail, fullName.trim(), this.passwords.hash(password),
					Role.CUSTOMER, this.clock.instant());
			this.accounts.add(account);
			this.events.raise(AccountRegistered.of(account));
			return account;
		});
	}

	/**
	 * Checks an address and password against the lockout and the stored hash.
	 * @throws AccountExceptions.Locked while the address is locked, even for the right
	 * password
	 * @throws AccountExceptions.InvalidCredentials for an unknown address or a wrong
	 * password
	 */
	public Account authenticate(String email, String password) {
		String normalisedEmail = normaliseEmail(email);
		this.guard.checkNotLocked(normalisedEmail);
		Optional<Account> account = this.accounts.byEmail(normalisedEmail);
		String hash = account.map(Account::passwordHash).orElse(this.unknownAccountHash);
		if (!this.passwords.matches(password, hash) || account.isEmpty()) {
			LockoutPolicy.State state = this.guard.recordFailure(normalisedEmail);
			if (state.isLockedAt(this.clock.instant())) {
				throw new AccountExceptions.Locked(Duration.between(this.clock.instant(), state.lockedUntil()));
			}
			throw new AccountExceptions.InvalidCredentials();
		}
		this.guard.recordSuccess(normalisedEmail);
		return account.get();
	}

	public Account byId(String id) {
		return this.accounts.byId(id).orElseThrow(AccountExceptions.NotFound::new);
	}

}
