package io.storesphere.identity.account;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer signed up. Becomes {@code identity.user-registered.v1}; its id is made here,
 * once, so that every attempt to publish it carries the same {@code eventId} and
 * consumers can drop repeats.
 *
 * @param eventId the integration event's id
 * @param accountId the new account's id
 * @param fullName the customer's name
 * @param email the normalised e-mail address
 * @param registeredAt when the account was created
 */
public record AccountRegistered(UUID eventId, String accountId, String fullName, String email, Instant registeredAt) {

	static AccountRegistered of(Account account) {
		return new AccountRegistered(UUID.randomUUID(), account.id(), account.fullName(), account.email(),
				account.createdAt());
	}

	/** Never the name or address: an event may end up in a log line. */
	@Override
	public String toString() {
		return "AccountRegistered[eventId=" + this.eventId + ", accountId=" + this.accountId + "]";
	}

}
