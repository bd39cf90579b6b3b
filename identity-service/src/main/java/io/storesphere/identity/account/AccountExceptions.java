package io.storesphere.identity.account;

import java.time.Duration;

/**
 * The ways signing up or signing in can be refused; the web layer turns each into a
 * problem.
 */
public final class AccountExceptions {

	private AccountExceptions() {
	}

	/** 409: the address belongs to an account already. */
	public static class EmailAlreadyRegistered extends RuntimeException {

		public EmailAlreadyRegistered() {
			super("An account with this e-mail address already exists; sign in instead.");
		}

	}

	/** 400: a field broke a rule that annotations cannot express. */
	public static class InvalidField extends RuntimeException {

		private final String field;

		public InvalidField(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

	/** 401: unknown address or wrong password; deliberately the same for both. */
	public static class InvalidCredentials extends RuntimeException {

		public InvalidCredentials() {
			super("The e-mail address or password is not right.");
		}

	}

	/** 423: too many failed logins; even the right password waits until the lock ends. */
	public static class Locked extends RuntimeException {

		private final Duration retryAfter;

		public Locked(Duration retryAfter) {
			super("Too many failed sign-ins. Try again in " + Math.max(1, retryAfter.toMinutes()) + " minute(s).");
			this.retryAfter = retryAfter;
		}

		public Duration retryAfter() {
			return this.retryAfter;
		}

	}

	/** 404: the token's subject has no account (any more). */
	public static class NotFound extends RuntimeException {

		public NotFound() {
			super("There is no account for this token.");
		}

	}

}
