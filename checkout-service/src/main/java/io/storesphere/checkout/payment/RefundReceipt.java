package io.storesphere.checkout.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A refund of a charge. */
public record RefundReceipt(String reference, String chargeReference, BigDecimal amount, Instant refundedAt) {

}
