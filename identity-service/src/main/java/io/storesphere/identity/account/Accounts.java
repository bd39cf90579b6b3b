package io.storesphere.identity.account;

import java.util.Optional;

/** Where accounts are kept; the one adapter is identity's database. */
public interface Accounts {

	Optional<Account> byId(String id);

	/** The account of a normalised e-mail address. */
	Optional<Account> byEmail(String email);

	boolean isRegistered(String email);

	/**
	 * Stores a new account at once, so that a concurrent sign-up for the same address
	 * fails here and not at commit.
	 * @throws AccountExceptions.EmailAlreadyRegistered if another account took the
	 * address
	 */
	void add(Account account);

	/** Stores the changed name, password hash, role and update time of an account. */
	void update(Account account);

}
