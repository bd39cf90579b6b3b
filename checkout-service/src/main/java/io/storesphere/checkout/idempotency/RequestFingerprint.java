package io.storesphere.checkout.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import io.storesphere.checkout.payment.CardDetails;

/**
 * What makes two checkout requests "the same body" for an idempotency key: the card's
 * brand and last four digits, its expiry and the cardholder's name, hashed. The full
 * number and the CVC are left out on purpose: a hash of a 16-digit number is easily
 * reversed, so not even that is stored.
 */
public final class RequestFingerprint {

	private RequestFingerprint() {
	}

	public static String of(CardDetails card) {
		String canonical = String.join("|", "v1", card.brand().name(), card.last4(), String.valueOf(card.expiryMonth()),
				String.valueOf(card.fullExpiryYear()),
				(card.cardholderName() != null) ? card.cardholderName().trim().toLowerCase(Locale.ROOT) : "");
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
