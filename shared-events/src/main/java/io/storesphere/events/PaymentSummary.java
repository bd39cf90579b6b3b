package io.storesphere.events;

import static io.storesphere.events.Fields.requiredText;

/**
 * What may be told about a simulated payment: its reference, the card brand and the last
 * four digits. The card number and CVC never leave checkout.
 */
public record PaymentSummary(String reference, String cardBrand, String cardLast4) {

	public PaymentSummary {
		requiredText(reference, "payment.reference");
		requiredText(cardBrand, "payment.cardBrand");
		requiredText(cardLast4, "payment.cardLast4");
		if (!cardLast4.matches("\\d{4}")) {
			throw new IllegalArgumentException("payment.cardLast4 must be four digits");
		}
	}

}
