package io.storesphere.checkout.payment;

/**
 * Card details as the customer typed them. They exist only for the length of one
 * checkout: nothing keeps, logs or prints the number or the CVC ({@link #toString()}
 * shows the last four digits only).
 *
 * @param number the card number; spaces and dashes are allowed
 * @param expiryMonth 1 to 12
 * @param expiryYear four digits (two are read as 20xx)
 * @param cvc the security code
 * @param cardholderName the name on the card
 */
public record CardDetails(String number, int expiryMonth, int expiryYear, String cvc, String cardholderName) {

	/** The number without spaces or dashes. */
	public String digits() {
		return (this.number != null) ? this.number.replaceAll("[\\s-]", "") : "";
	}

	public String last4() {
		String digits = digits();
		return (digits.length() >= 4) ? digits.substring(digits.length() - 4) : digits;
	}

	public CardBrand brand() {
		return CardBrand.of(digits());
	}

	/** A two-digit year is read as 20xx. */
	public int fullExpiryYear() {
		return (this.expiryYear >= 0 && this.expiryYear < 100) ? 2000 + this.expiryYear : this.expiryYear;
	}

	@Override
	public String toString() {
		return "CardDetails[" + brand() + " ending " + last4() + "]";
	}

}
