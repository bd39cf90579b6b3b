package io.storesphere.checkout.order.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.storesphere.checkout.payment.CardDetails;

/**
 * {@code POST /api/checkout}'s body: the card to pay with. The customer and the cart come
 * from the token and from cart-service, never from here.
 */
record CheckoutRequest(@Valid @NotNull PaymentRequest payment) {

	/**
	 * The card details. The number and CVC are checked by the payment simulator, not by
	 * validation annotations, so they never appear in a validation error (or its log);
	 * {@link #toString()} masks them.
	 */
	record PaymentRequest(@NotBlank String cardNumber, @NotNull Integer expiryMonth, @NotNull Integer expiryYear,
			@NotBlank String cvc, @NotBlank @Size(max = 100) String cardholderName) {

		CardDetails toCard() {
			return new CardDetails(this.cardNumber, this.expiryMonth, this.expiryYear, this.cvc,
					this.cardholderName.trim());
		}

		@Override
		public String toString() {
			return "PaymentRequest[" + new CardDetails(this.cardNumber, 0, 0, null, null) + "]";
		}

	}

}
