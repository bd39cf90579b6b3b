package io.storesphere.checkout.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentSimulatorTest {

	private final PaymentSimulator payments = new PaymentSimulator(
			Clock.fixed(Instant.parse("2026-05-15T10:00:00Z"), ZoneOffset.UTC), new Random(7));

	@Test
	void everyDocumentedTestCardPassesLuhnAndHasItsBrand() {
		for (TestCards.TestCard card : TestCards.ALL) {
			assertThat(Luhn.isValid(card.digits())).as(card.number()).isTrue();
			assertThat(CardBrand.of(card.digits())).as(card.number()).isEqualTo(card.brand());
		}
	}

	@Test
	void anApprovedChargeKeepsOnlyBrandAndLastFour() {
		Charge charge = this.payments.charge(card("4242 4242 4242 4242", 12, 2030, "123"), new BigDecimal("10.00"),
				"USD");

		assertThat(charge.reference()).startsWith("pay_");
		assertThat(charge.brand()).isEqualTo(CardBrand.VISA);
		assertThat(charge.last4()).isEqualTo("4242");
		assertThat(charge.toString()).doesNotContain("4242424242424242").doesNotContain("123,");
	}

	@Test
	void theDeclineCardsAreDeclinedWithTheirReasons() {
		assertThatThrownBy(() -> this.payments.charge(card("4000000000000002", 1, 2027, "123"), BigDecimal.TEN, "USD"))
			.isInstanceOfSatisfying(PaymentDeclined.class,
					(declined) -> assertThat(declined.reason()).isEqualTo(PaymentDeclined.Reason.DECLINED));
		assertThatThrownBy(() -> this.payments.charge(card("4000-0000-0000-9995", 1, 27, "123"), BigDecimal.TEN, "USD"))
			.isInstanceOfSatisfying(PaymentDeclined.class,
					(declined) -> assertThat(declined.reason()).isEqualTo(PaymentDeclined.Reason.INSUFFICIENT_FUNDS));
	}

	@Test
	void aMistypedNumberAnExpiredCardAndAShortCvcAreEachNamed() {
		assertThatThrownBy(
				() -> this.payments.charge(card("4242 4242 4242 4241", 4, 2026, "12"), BigDecimal.TEN, "USD"))
			.isInstanceOfSatisfying(InvalidCard.class,
					(invalid) -> assertThat(invalid.problems()).extracting(InvalidCard.Problem::field)
						.containsExactly("payment.cardNumber", "payment.expiryYear", "payment.cvc"))
			.hasMessageNotContaining("4242 4242 4242 4241");
	}

	@Test
	void aNumberThatIsNotDigitsIsAnInvalidCardNotAParseFailure() {
		for (String number : new String[] { "' OR 1=1 --", "4x42424242424242", "１２３４５６７８９０１２" }) {
			assertThat(CardBrand.of(new CardDetails(number, 1, 2030, "123", "A").digits())).as(number)
				.isEqualTo(CardBrand.CARD);
			assertThatThrownBy(() -> this.payments.charge(card(number, 1, 2030, "123"), BigDecimal.TEN, "USD"))
				.as(number)
				.isInstanceOfSatisfying(InvalidCard.class,
						(invalid) -> assertThat(invalid.problems()).extracting(InvalidCard.Problem::field)
							.contains("payment.cardNumber"));
		}
	}

	@Test
	void theCardIsValidThroughItsExpiryMonth() {
		assertThat(this.payments.charge(card("5555555555554444", 5, 2026, "321"), BigDecimal.ONE, "USD").brand())
			.isEqualTo(CardBrand.MASTERCARD);
	}

	@Test
	void americanExpressNeedsFourCvcDigits() {
		assertThatThrownBy(() -> this.payments.charge(card("378282246310005", 1, 2030, "123"), BigDecimal.ONE, "USD"))
			.isInstanceOf(InvalidCard.class)
			.hasMessageContaining("4 digits");
		assertThat(this.payments.charge(card("378282246310005", 1, 2030, "1234"), BigDecimal.ONE, "USD").last4())
			.isEqualTo("0005");
	}

	@Test
	void refundingTheSameChargeTwiceGivesTheSameRefund() {
		Charge charge = this.payments.charge(card("4242424242424242", 1, 2030, "123"), BigDecimal.TEN, "USD");

		assertThat(this.payments.refund(charge.reference(), BigDecimal.TEN).reference())
			.isEqualTo(this.payments.refund(charge.reference(), BigDecimal.TEN).reference())
			.startsWith("re_");
	}

	@Test
	void cardDetailsNeverPrintTheNumberOrCvc() {
		assertThat(card("4242 4242 4242 4242", 1, 2030, "987")).hasToString("CardDetails[VISA ending 4242]");
	}

	private static CardDetails card(String number, int month, int year, String cvc) {
		return new CardDetails(number, month, year, cvc, "Ada Lovelace");
	}

}
