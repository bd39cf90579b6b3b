package io.storesphere.starter.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A token is verified once, then known until it expires, never after; a refused one is
 * refused every time.
 */
class VerifiedTokenCacheTest {

	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	private final AtomicInteger verifications = new AtomicInteger();

	private Instant now = NOW;

	private final Clock clock = new Clock() {

		@Override
		public Instant instant() {
			return VerifiedTokenCacheTest.this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	};

	private final JwtDecoder verifier = (token) -> {
		this.verifications.incrementAndGet();
		if (token.startsWith("forged")) {
			throw new BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("user-1")
			.issuedAt(NOW)
			.expiresAt(token.equals("no-expiry") ? null : NOW.plus(Duration.ofMinutes(30)))
			.build();
	};

	private final VerifiedTokenCache decoder = new VerifiedTokenCache(this.verifier, this.clock, 100);

	@Test
	void aTokenIsVerifiedOnceWhileItLives() {
		Jwt first = this.decoder.decode("token-a");
		this.now = NOW.plus(Duration.ofMinutes(29));
		Jwt again = this.decoder.decode("token-a");

		assertThat(again).isSameAs(first);
		assertThat(this.verifications).hasValue(1);
	}

	@Test
	void anExpiredTokenIsVerifiedAgainAndSoRefusedByTheVerifier() {
		this.decoder.decode("token-a");
		this.now = NOW.plus(Duration.ofMinutes(30));
		this.decoder.decode("token-a");

		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void eachTokenIsItsOwnEntry() {
		this.decoder.decode("token-a");
		this.decoder.decode("token-b");

		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void aRefusedTokenIsRefusedEveryTime() {
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode("forged-1"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode("forged-1"));

		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void aTokenWithoutExpiryIsNeverKept() {
		this.decoder.decode("no-expiry");
		this.decoder.decode("no-expiry");

		assertThat(this.verifications).hasValue(2);
	}

}
