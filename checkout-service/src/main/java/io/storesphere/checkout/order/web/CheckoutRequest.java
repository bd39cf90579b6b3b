package io.storesphere.checkout.order.web;

import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.storesphere.checkout.payment.CardDetails;
import io.storesphere.checkout.web.InvalidRequest;
import io.storesphere.starter.validation.NoControlCharacters;

/**
 * {@code POST /api/checkout}'s body: the card to pay with. The customer and the cart come
 * from the token and from cart-service, never from here.
 */
record CheckoutRequest(@Valid @NotNull PaymentRequest payment) {

	/**
	 * The card details. The number and CVC never go through validation annotations, whose
	 * errors keep the rejected value (and log it): the number's form is checked here, in
	 * {@link #toCard()}, before anything reads it, and the rest (length, Luhn, CVC) by
	 * the payment simulator; {@link #toString()} masks them.
	 */
	record PaymentRequest(@NotBlank String cardNumber, @NotNull Integer expiryMonth, @NotNull Integer expiryYear,
			@NotBlank String cvc, @NotBlank @Size(max = 100) @NoControlCharacters String cardholderName) {

		/**
		 * ASCII digits, which spaces or dashes may separate; at most a generous 40
		 * characters.
		 */
		private static final Pattern CARD_NUMBER = Pattern.compile("[0-9 -]{0,40}");

		/**
		 * The card as the payment side reads it, once its number is only digits, spaces
		 * and dashes: anything else (letters, emoji, {@code 1e308}, full-width digits) is
		 * a 400 naming the field, and nothing is charged.
		 */
		CardDetails toCard() {
			if (!CARD_NUMBER.matcher(this.cardNumber).matches()
					|| this.cardNumber.chars().noneMatch((c) -> c >= '0' && c <= '9')) {
				throw new InvalidRequest("payment.cardNumber",
						"must be the digits on the card, which spaces or dashes may separate");
			}
			return new CardDetails(this.cardNumber, this.expiryMonth, this.expiryYear, this.cvc,
					this.cardholderName.trim());
		}

		@Override
		public String toString() {
			return "PaymentRequest[" + new CardDetails(this.cardNumber, 0, 0, null, null) + "]";
		}

	}

}
