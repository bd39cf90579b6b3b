package io.storesphere.checkout.payment;

/** The issuer refused the charge; nothing was charged. */
public class PaymentDeclined extends RuntimeException {

	private final Reason reason;

	PaymentDeclined(Reason reason) {
		super(reason.message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why, in words for the customer. */
	public enum Reason {

		DECLINED("Your card was declined. Use another card or contact your bank."),

		INSUFFICIENT_FUNDS("Your card has insufficient funds for this order. Use another card.");

		private final String message;

		Reason(String message) {
			this.message = message;
		}

	}

}
