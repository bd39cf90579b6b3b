package io.storesphere.identity.account.config;

import java.time.Duration;

import io.storesphere.identity.account.LockoutPolicy;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code storesphere.identity.lockout.*}: failed logins that lock an address, and for how
 * long.
 *
 * @param maxFailures failures within the window that lock (default 5)
 * @param window how long failures count together (default 15 minutes)
 * @param lockDuration how long the lock lasts (default 15 minutes)
 */
@Validated
@ConfigurationProperties("storesphere.identity.lockout")
public record LockoutProperties(@Min(1) int maxFailures, @NotNull Duration window, @NotNull Duration lockDuration) {

	public LockoutPolicy policy() {
		return new LockoutPolicy(this.maxFailures, this.window, this.lockDuration);
	}

}
