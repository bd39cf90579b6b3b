package io.storesphere.identity.account;

/**
 * What accounts tell the rest of the world. An event raised inside
 * {@link Transactions#inTransaction} is recorded with that transaction's changes and
 * published after it commits, at least once.
 */
@FunctionalInterface
public interface AccountEvents {

	void raise(AccountRegistered event);

}
