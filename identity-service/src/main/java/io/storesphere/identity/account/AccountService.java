package io.storesphere.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.storesphere.events.EventEnvelope;
import io.storesphere.events.UserRegistered;
import io.storesphere.identity.outbox.Outbox;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signing up, signing in, and reading one's own account. */
@Service
public class AccountService {

	static final String PRODUCER = "identity-service";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final LoginGuard guard;

	private final Outbox outbox;

	private final Clock clock;

	// Checked against when the address is unknown, so that both failures take as long.
	private final String unknownAccountHash;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, LoginGuard guard, Outbox outbox,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.guard = guard;
		this.outbox = outbox;
		this.clock = clock;
		this.unknownAccountHash = passwords.encode("no account has this password " + System.nanoTime());
	}

	/** Normalises an e-mail address the way it is stored: trimmed and lower-cased. */
	public static String normaliseEmail(String email) {
		return (email != null) ? email.trim().toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * Creates a customer account and, in the same transaction, the user-registered event.
	 * @throws AccountExceptions.EmailAlreadyRegistered if the address is taken
	 */
	@Transactional
	public Account signUp(String fullName, String email, String password) {
		String normalisedEmail = normaliseEmail(email);
		if (password.trim().equalsIgnoreCase(normalisedEmail)) {
			throw new AccountExceptions.InvalidField("password", "must not be the same as the e-mail address");
		}
		if (this.accounts.existsByEmail(normalisedEmail)) {
			throw new AccountExceptions.EmailAlreadyRegistered();
		}
		Instant now = this.clock.instant();
		Account account;
		try {
			account = this.accounts.saveAndFlush(
					new Account(normalisedEmail, fullName.trim(), this.passwords.encode(password), Role.CUSTOMER, now));
		}
		catch (DataIntegrityViolationException concurrentSignup) {
			throw new AccountExceptions.EmailAlreadyRegistered();
		}
		this.outbox.append(EventEnvelope.wrap(
				new UserRegistered(account.id(), account.fullName(), account.email(), account.createdAt()), PRODUCER,
				"signup-" + account.id(), now));
		return account;
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
		Optional<Account> account = this.accounts.findByEmail(normalisedEmail);
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

	@Transactional(readOnly = true)
	public Account byId(String id) {
		return this.accounts.findById(id).orElseThrow(AccountExceptions.NotFound::new);
	}

}
