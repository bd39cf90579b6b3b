package io.storesphere.identity.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout rule, free of Spring and JPA: {@code maxFailures} failed logins within
 * {@code window} lock the address for {@code lockDuration}, and while it is locked even
 * the right password is refused.
 *
 * @param maxFailures failures that lock, e.g. 5
 * @param window how long failures count together, e.g. 15 minutes
 * @param lockDuration how long a lock lasts, e.g. 15 minutes
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

	public LockoutPolicy {
		if (maxFailures < 1 || window.isNegative() || window.isZero() || lockDuration.isNegative()
				|| lockDuration.isZero()) {
			throw new IllegalArgumentException("A lockout needs at least one failure and positive durations");
		}
	}

	/** The failures recorded against one address. */
	public record State(int failures, Instant windowStartedAt, Instant lockedUntil) {

		public static State clean(Instant now) {
			return new State(0, now, null);
		}

		public boolean isLockedAt(Instant now) {
			return this.lockedUntil != null && now.isBefore(this.lockedUntil);
		}

	}

	/** The state after one more failed login at {@code now}. */
	public State afterFailure(State state, Instant now) {
		boolean windowOver = !now.isBefore(state.windowStartedAt().plus(this.window));
		State counted = windowOver || (state.lockedUntil() != null && !state.isLockedAt(now)) ? new State(1, now, null)
				: new State(state.failures() + 1, state.windowStartedAt(), state.lockedUntil());
		if (counted.failures() >= this.maxFailures) {
			return new State(counted.failures(), counted.windowStartedAt(), now.plus(this.lockDuration));
		}
		return counted;
	}

}
