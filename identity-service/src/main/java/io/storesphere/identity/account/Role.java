package io.storesphere.identity.account;

/** What an account may do; tokens carry it in the {@code roles} claim. */
public enum Role {

	CUSTOMER, ADMIN

}
