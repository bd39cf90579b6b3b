package io.storesphere.identity.token;

import java.time.Duration;

import io.storesphere.identity.account.Account;

/**
 * Issues short-lived access tokens: sub = user id, name, email, roles, iat, exp, iss. The
 * one adapter signs RS256 JWTs with identity's key.
 */
public interface TokenIssuer {

	IssuedToken issue(Account account);

	/** A signed token and how long it is valid. */
	record IssuedToken(String value, Duration expiresIn) {

	}

}
