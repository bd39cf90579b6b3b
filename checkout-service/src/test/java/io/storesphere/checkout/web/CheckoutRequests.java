package io.storesphere.checkout.web;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * {@code POST /api/checkout} as the slice tests send it, without a token: the README's
 * example key and body, paying with the card the test names.
 */
public final class CheckoutRequests {

	/** The README's example {@code Idempotency-Key}. */
	public static final String KEY = "5f0c4d9e-0d1b-4c55-9a43-2b8f3c1e7a10";

	private CheckoutRequests() {
	}

	/** The README's example body, paying with this card number. */
	public static String payingWith(String cardNumber) {
		return """
				{"payment": {"cardNumber": "%s", "expiryMonth": 12, "expiryYear": 2030,
				             "cvc": "123", "cardholderName": "Ada Lovelace"}}
				""".formatted(cardNumber);
	}

	/** A checkout with this key and this JSON body. */
	public static MockHttpServletRequestBuilder checkout(String idempotencyKey, String body) {
		return post("/api/checkout").header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

}
