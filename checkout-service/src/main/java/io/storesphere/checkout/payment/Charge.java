package io.storesphere.checkout.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An approved payment: its reference, the card's brand and last four digits, the amount.
 */
public record Charge(String reference, CardBrand brand, String last4, BigDecimal amount, String currency,
		Instant chargedAt) {

}
