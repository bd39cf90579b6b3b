package io.storesphere.identity.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutPolicyTest {

	private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

	private final Instant start = Instant.parse("2026-11-21T10:00:00Z");

	@Test
	void theFifthFailureWithinTheWindowLocksForTheLockDuration() {
		LockoutPolicy.State state = LockoutPolicy.State.clean(this.start);
		for (int i = 1; i <= 4; i++) {
			state = this.policy.afterFailure(state, this.start.plusSeconds(60L * i));
			assertThat(state.isLockedAt(this.start.plusSeconds(60L * i))).isFalse();
		}
		Instant fifth = this.start.plusSeconds(300);
		state = this.policy.afterFailure(state, fifth);

		assertThat(state.isLockedAt(fifth)).isTrue();
		assertThat(state.lockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
		assertThat(state.isLockedAt(fifth.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void failuresSpreadBeyondTheWindowDoNotLock() {
		LockoutPolicy.State state = LockoutPolicy.State.clean(this.start);
		for (int i = 0; i < 10; i++) {
			Instant at = this.start.plus(Duration.ofMinutes(4L * i));
			state = this.policy.afterFailure(state, at);
			assertThat(state.isLockedAt(at)).as("failure %d", i + 1).isFalse();
		}
	}

	@Test
	void afterALockEndsCountingStartsAgain() {
		LockoutPolicy.State state = LockoutPolicy.State.clean(this.start);
		for (int i = 0; i < 5; i++) {
			state = this.policy.afterFailure(state, this.start);
		}
		Instant afterLock = this.start.plus(Duration.ofMinutes(16));
		state = this.policy.afterFailure(state, afterLock);

		assertThat(state.failures()).isEqualTo(1);
		assertThat(state.isLockedAt(afterLock)).isFalse();
	}

}
