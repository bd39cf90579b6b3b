package io.storesphere.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Applies the {@link LockoutPolicy} to an e-mail address. Each step commits on its own
 * (see {@link LoginThrottles}), so a failure is counted even though the login that caused
 * it is refused.
 */
public class LoginGuard {

	private final LoginThrottles throttles;

	private final LockoutPolicy policy;

	private final Clock clock;

	public LoginGuard(LoginThrottles throttles, LockoutPolicy policy, Clock clock) {
		this.throttles = throttles;
		this.policy = policy;
		this.clock = clock;
	}

	/** Throws {@link AccountExceptions.Locked} while the address is locked. */
	void checkNotLocked(String email) {
		Instant now = this.clock.instant();
		this.throttles.find(email).filter((state) -> state.isLockedAt(now)).ifPresent((state) -> {
			throw new AccountExceptions.Locked(Duration.between(now, state.lockedUntil()));
		});
	}

	/** Counts a failure; returns the lock it caused, if any. */
	LockoutPolicy.State recordFailure(String email) {
		Instant now = this.clock.instant();
		return this.throttles.change(email, LockoutPolicy.State.clean(now),
				(state) -> this.policy.afterFailure(state, now));
	}

	void recordSuccess(String email) {
		this.throttles.clear(email);
	}

}
