package io.storesphere.identity.account;

/** One-way password hashes; the adapter is Spring Security's delegating encoder. */
public interface PasswordHashes {

	String hash(String password);

	boolean matches(String password, String hash);

}
