package io.storesphere.checkout.payment;

/** The Luhn (mod 10) check every card number passes. */
public final class Luhn {

	private Luhn() {
	}

	/** Whether a string of digits passes the check; anything else does not. */
	public static boolean isValid(String digits) {
		if (digits == null || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
			return false;
		}
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

}
