package io.storesphere.checkout.payment;

import java.math.BigDecimal;

/** The payment provider, as checkout sees it. */
public interface Payments {

	/**
	 * Charges a card.
	 * @throws InvalidCard when the details cannot be a card (number, expiry or CVC)
	 * @throws PaymentDeclined when the issuer refuses the charge
	 */
	Charge charge(CardDetails card, BigDecimal amount, String currency);

	/**
	 * Refunds a charge in full. Refunding the same charge again returns the same receipt.
	 */
	RefundReceipt refund(String chargeReference, BigDecimal amount);

}
