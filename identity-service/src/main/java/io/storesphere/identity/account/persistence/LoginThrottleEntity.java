package io.storesphere.identity.account.persistence;

import java.time.Instant;

import io.storesphere.identity.account.LockoutPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The persisted {@link LockoutPolicy.State} of one e-mail address. */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntity {

	@Id
	private String email;

	@Column(nullable = false)
	private int failures;

	@Column(name = "window_started_at", nullable = false)
	private Instant windowStartedAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Version
	private long version;

	protected LoginThrottleEntity() {
		// for JPA
	}

	LoginThrottleEntity(String email, LockoutPolicy.State state) {
		this.email = email;
		apply(state);
	}

	LockoutPolicy.State state() {
		return new LockoutPolicy.State(this.failures, this.windowStartedAt, this.lockedUntil);
	}

	void apply(LockoutPolicy.State state) {
		this.failures = state.failures();
		this.windowStartedAt = state.windowStartedAt();
		this.lockedUntil = state.lockedUntil();
	}

}
