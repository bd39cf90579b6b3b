package io.storesphere.identity.account;

import java.time.Instant;
import java.util.UUID;

/**
 * A user account. The password is only ever held as a hash from the delegating encoder.
 *
 * @param id the user id, the {@code sub} of the account's tokens
 * @param email trimmed and lower-cased, unique
 * @param fullName the name shown to the user and in tokens
 * @param passwordHash the encoder's hash, with its {@code {id}} prefix
 * @param role what the account may do
 * @param createdAt when the account was created
 * @param updatedAt when it last changed
 */
public record Account(String id, String email, String fullName, String passwordHash, Role role, Instant createdAt,
		Instant updatedAt) {

	/** A new account with a fresh id. */
	Account(String email, String fullName, String passwordHash, Role role, Instant now) {
		this(UUID.randomUUID().toString(), email, fullName, passwordHash, role, now, now);
	}

	/**
	 * The account as the admin bootstrap leaves it, which keeps the configured admin
	 * account in step with its secret.
	 */
	Account updated(String fullName, String passwordHash, Role role, Instant now) {
		return new Account(this.id, this.email, fullName, passwordHash, role, this.createdAt, now);
	}

	/** Never the hash: an account may end up in a log line. */
	@Override
	public String toString() {
		return "Account[id=" + this.id + ", role=" + this.role + "]";
	}

}
