package io.storesphere.checkout.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;

import io.storesphere.checkout.payment.TestCards.Outcome;

/**
 * The payment provider StoreSphere has: a simulation. It checks what a real provider
 * would check first (the number passes Luhn and has 12 to 19 digits, the card has not
 * expired, the CVC has the brand's length), declines the documented test cards for
 * decline and insufficient funds, and approves everything else. It never keeps the card
 * details.
 */
public final class PaymentSimulator implements Payments {

	private final Clock clock;

	private final RandomGenerator random;

	public PaymentSimulator(Clock clock, RandomGenerator random) {
		this.clock = clock;
		this.random = random;
	}

	@Override
	public Charge charge(CardDetails card, BigDecimal amount, String currency) {
		check(card);
		Outcome outcome = TestCards.find(card.digits()).map(TestCards.TestCard::outcome).orElse(Outcome.APPROVED);
		if (outcome == Outcome.DECLINED) {
			throw new PaymentDeclined(PaymentDeclined.Reason.DECLINED);
		}
		if (outcome == Outcome.INSUFFICIENT_FUNDS) {
			throw new PaymentDeclined(PaymentDeclined.Reason.INSUFFICIENT_FUNDS);
		}
		byte[] id = new byte[12];
		this.random.nextBytes(id);
		return new Charge("pay_" + HexFormat.of().formatHex(id), card.brand(), card.last4(), amount, currency, now());
	}

	@Override
	public RefundReceipt refund(String chargeReference, BigDecimal amount) {
		if (chargeReference == null || !chargeReference.startsWith("pay_")) {
			throw new IllegalArgumentException("Not a charge of this provider: " + chargeReference);
		}
		// The same charge always gets the same refund reference: refunding twice is
		// harmless.
		return new RefundReceipt("re_" + chargeReference.substring(4), chargeReference, amount, now());
	}

	private void check(CardDetails card) {
		List<InvalidCard.Problem> problems = new ArrayList<>();
		String digits = card.digits();
		if (digits.length() < 12 || digits.length() > 19 || !Luhn.isValid(digits)) {
			problems
				.add(new InvalidCard.Problem("payment.cardNumber", "The card number is not valid; check the digits."));
		}
		if (card.expiryMonth() < 1 || card.expiryMonth() > 12) {
			problems.add(new InvalidCard.Problem("payment.expiryMonth", "The expiry month must be 1 to 12."));
		}
		else if (YearMonth.of(card.fullExpiryYear(), card.expiryMonth())
			.isBefore(YearMonth.now(this.clock.withZone(ZoneOffset.UTC)))) {
			problems.add(new InvalidCard.Problem("payment.expiryYear", "The card has expired."));
		}
		else if (card.fullExpiryYear() > YearMonth.now(this.clock.withZone(ZoneOffset.UTC)).getYear() + 20) {
			problems.add(new InvalidCard.Problem("payment.expiryYear", "The expiry year is too far ahead."));
		}
		int cvcLength = card.brand().cvcLength();
		if (card.cvc() == null || !card.cvc().matches("\\d{" + cvcLength + "}")) {
			problems.add(new InvalidCard.Problem("payment.cvc",
					"The CVC must be " + cvcLength + " digits" + ((cvcLength == 4) ? " for American Express." : ".")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidCard(problems);
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
