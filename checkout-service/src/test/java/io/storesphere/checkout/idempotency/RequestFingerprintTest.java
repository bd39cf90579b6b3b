package io.storesphere.checkout.idempotency;

import io.storesphere.checkout.payment.CardDetails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintTest {

	@Test
	void theSameCardTypedDifferentlyIsTheSameRequest() {
		assertThat(RequestFingerprint.of(new CardDetails("4242 4242 4242 4242", 12, 30, "123", "Ada Lovelace")))
			.isEqualTo(RequestFingerprint.of(new CardDetails("4242-4242-4242-4242", 12, 2030, "123", " ada lovelace")));
	}

	@Test
	void anotherCardOrNameIsAnotherRequest() {
		String first = RequestFingerprint.of(new CardDetails("4242424242424242", 12, 2030, "123", "Ada"));
		assertThat(RequestFingerprint.of(new CardDetails("5555555555554444", 12, 2030, "123", "Ada")))
			.isNotEqualTo(first);
		assertThat(RequestFingerprint.of(new CardDetails("4242424242424242", 12, 2030, "123", "Bob")))
			.isNotEqualTo(first);
	}

	@Test
	void itIsNotDerivedFromTheFullNumberOrTheCvc() {
		// Only brand and last four count: a hash of the full number would be reversible.
		assertThat(RequestFingerprint.of(new CardDetails("4000056655664242", 12, 2030, "999", "Ada")))
			.isEqualTo(RequestFingerprint.of(new CardDetails("4242424242424242", 12, 2030, "123", "Ada")));
	}

}
