package io.storesphere.identity.account;

import java.time.Instant;

/** Real accounts for web slices, built the way sign-up builds them. */
public final class TestAccounts {

	/** When every test account was created. */
	public static final Instant CREATED_AT = Instant.parse("2026-03-01T09:30:00Z");

	private TestAccounts() {
	}

	public static Account customer(String email, String fullName) {
		return new Account(email, fullName, "{bcrypt}not-a-real-hash", Role.CUSTOMER, CREATED_AT);
	}

}
