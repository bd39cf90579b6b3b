package io.storesphere.identity.account;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@link LockoutPolicy.State} of each e-mail address that failed to sign in. Each
 * call commits on its own, so a failure counts although the sign-in that caused it is
 * refused.
 */
public interface LoginThrottles {

	Optional<LockoutPolicy.State> find(String email);

	/**
	 * Changes the state of an address so that concurrent changes are all counted.
	 * @param email the address
	 * @param initial the state of an address without one yet
	 * @param change computes the next state from the current one
	 * @return the state stored
	 */
	LockoutPolicy.State change(String email, LockoutPolicy.State initial, UnaryOperator<LockoutPolicy.State> change);

	/** Forgets the failures of an address. */
	void clear(String email);

}
