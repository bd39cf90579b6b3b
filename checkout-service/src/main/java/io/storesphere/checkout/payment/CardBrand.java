package io.storesphere.checkout.payment;

/** Card networks told apart by the number's leading digits. */
public enum CardBrand {

	VISA(3), MASTERCARD(3), AMEX(4), DISCOVER(3), CARD(3);

	private final int cvcLength;

	CardBrand(int cvcLength) {
		this.cvcLength = cvcLength;
	}

	/** American Express prints four digits on the front; the others three on the back. */
	public int cvcLength() {
		return this.cvcLength;
	}

	/**
	 * The brand of a card number made of digits only; anything else is no known brand
	 * (never a parse failure).
	 */
	public static CardBrand of(String digits) {
		if (digits.isEmpty() || !digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return CARD;
		}
		if (digits.startsWith("4")) {
			return VISA;
		}
		if (digits.startsWith("34") || digits.startsWith("37")) {
			return AMEX;
		}
		if (digits.startsWith("6011") || digits.startsWith("65")) {
			return DISCOVER;
		}
		if (digits.length() >= 4) {
			int two = Integer.parseInt(digits.substring(0, 2));
			int four = Integer.parseInt(digits.substring(0, 4));
			if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
				return MASTERCARD;
			}
		}
		return CARD;
	}

}
