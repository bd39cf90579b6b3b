package io.storesphere.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the {@link LockoutPolicy} to an e-mail address. Each step commits on its own,
 * so a failure is counted even though the login that caused it is refused.
 */
@Component
class LoginGuard {

	private final LoginThrottleRepository throttles;

	private final TransactionTemplate transactions;

	private final LockoutPolicy policy;

	private final Clock clock;

	LoginGuard(LoginThrottleRepository throttles, TransactionTemplate transactions, LockoutProperties properties,
			Clock clock) {
		this.throttles = throttles;
		this.transactions = transactions;
		this.policy = properties.policy();
		this.clock = clock;
	}

	/** Throws {@link AccountExceptions.Locked} while the address is locked. */
	void checkNotLocked(String email) {
		Instant now = this.clock.instant();
		this.throttles.findById(email)
			.map(LoginThrottle::state)
			.filter((state) -> state.isLockedAt(now))
			.ifPresent((state) -> {
				throw new AccountExceptions.Locked(Duration.between(now, state.lockedUntil()));
			});
	}

	/** Counts a failure; returns the lock it caused, if any. */
	LockoutPolicy.State recordFailure(String email) {
		try {
			return recordFailureOnce(email);
		}
		catch (DataIntegrityViolationException firstFailureRace) {
			// Two first failures for one address raced to insert its row; the row exists
			// now.
			return recordFailureOnce(email);
		}
	}

	void recordSuccess(String email) {
		this.transactions.executeWithoutResult((status) -> this.throttles.deleteById(email));
	}

	private LockoutPolicy.State recordFailureOnce(String email) {
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			LoginThrottle throttle = this.throttles.findForUpdate(email)
				.orElseGet(() -> this.throttles.saveAndFlush(new LoginThrottle(email, now)));
			LockoutPolicy.State next = this.policy.afterFailure(throttle.state(), now);
			throttle.apply(next);
			return next;
		});
	}

}
