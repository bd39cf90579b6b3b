package io.storesphere.starter.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Checks each token's RS256 signature and claims once per process: a token the decoder
 * has verified is kept, keyed by the token itself, until it expires, and the next request
 * that carries it is not verified again. A shopper sends the same token with every
 * request for its 30 minutes, and cart relays it to catalog; without this, signature
 * checks were a fifth of cart's CPU under load. Bounded in size; a token without an
 * expiry is never kept. Tokens cannot be revoked before they expire in StoreSphere, so
 * keeping a verified one changes no answer.
 */
public final class VerifiedTokenCache implements JwtDecoder {

	private final JwtDecoder verifier;

	private final Clock clock;

	private final Cache<String, Jwt> verified;

	public VerifiedTokenCache(JwtDecoder verifier, Clock clock, long maximumSize) {
		this.verifier = verifier;
		this.clock = clock;
		this.verified = Caffeine.newBuilder()
			.maximumSize(maximumSize)
			.expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt)))
			.build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null && isLive(known)) {
			return known;
		}
		Jwt jwt = this.verifier.decode(token);
		if (isLive(jwt)) {
			this.verified.put(token, jwt);
		}
		return jwt;
	}

	/** The decoder this one keeps the results of. */
	public JwtDecoder verifier() {
		return this.verifier;
	}

	private boolean isLive(Jwt jwt) {
		Instant expiresAt = jwt.getExpiresAt();
		return expiresAt != null && this.clock.instant().isBefore(expiresAt);
	}

	private Duration untilExpiry(Jwt jwt) {
		Duration left = Duration.between(this.clock.instant(), jwt.getExpiresAt());
		return left.isNegative() ? Duration.ZERO : left;
	}

}
