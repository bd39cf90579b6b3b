package io.storesphere.identity.admin;

/**
 * What makes an administrator password acceptable; plain Java so it is tested in
 * milliseconds.
 */
public final class AdminPasswordRule {

	static final int MIN_LENGTH = 12;

	private AdminPasswordRule() {
	}

	/** Why the password is weak, or {@code null} if it is acceptable. */
	public static String weakness(String password, String email) {
		if (password.length() < MIN_LENGTH) {
			return "it must have at least " + MIN_LENGTH + " characters";
		}
		if (password.equalsIgnoreCase(email) || password.toLowerCase().contains(localPart(email))) {
			return "it must not contain the e-mail address";
		}
		int kinds = 0;
		kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		kinds += password.chars().anyMatch((c) -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		return (kinds < 3) ? "it must mix at least three of: lower case, upper case, digits, symbols" : null;
	}

	private static String localPart(String email) {
		int at = email.indexOf('@');
		return ((at > 0) ? email.substring(0, at) : email).toLowerCase();
	}

}
