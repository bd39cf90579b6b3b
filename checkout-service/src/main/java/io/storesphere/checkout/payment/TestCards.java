package io.storesphere.checkout.payment;

import java.util.List;
import java.util.Optional;

/**
 * The documented cards that make the payment simulator answer in a known way. Any other
 * number that passes the checks is approved.
 */
public final class TestCards {

	public static final List<TestCard> ALL = List.of(
			new TestCard("4242 4242 4242 4242", CardBrand.VISA, Outcome.APPROVED, "Approved."),
			new TestCard("5555 5555 5555 4444", CardBrand.MASTERCARD, Outcome.APPROVED, "Approved."),
			new TestCard("3782 822463 10005", CardBrand.AMEX, Outcome.APPROVED,
					"Approved; American Express takes a four-digit CVC."),
			new TestCard("4000 0000 0000 0002", CardBrand.VISA, Outcome.DECLINED,
					"Declined by the issuer: 402 payment-declined."),
			new TestCard("4000 0000 0000 9995", CardBrand.VISA, Outcome.INSUFFICIENT_FUNDS,
					"Insufficient funds: 402 insufficient-funds."));

	private TestCards() {
	}

	/** The test card with these digits, if it is one. */
	public static Optional<TestCard> find(String digits) {
		return ALL.stream().filter((card) -> card.digits().equals(digits)).findFirst();
	}

	/** What the simulator does with a card. */
	public enum Outcome {

		APPROVED, DECLINED, INSUFFICIENT_FUNDS

	}

	/** A test card: its number as printed, brand, outcome and a note. */
	public record TestCard(String number, CardBrand brand, Outcome outcome, String description) {

		public String digits() {
			return this.number.replace(" ", "");
		}

	}

}
