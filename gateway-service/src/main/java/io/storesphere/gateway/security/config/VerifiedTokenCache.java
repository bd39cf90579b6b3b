package io.storesphere.gateway.security.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The gateway checks each token's RS256 signature and claims once: a verified token is
 * kept, keyed by the token itself, until it expires (never after), so the requests a
 * shopper makes with it are not verified again. Bounded in size; a token without an
 * expiry is never kept. The services do the same with their own copy of this rule
 * (service-starter's {@code VerifiedTokenCache}, on the servlet decoder).
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder verifier;

	private final Clock clock;

	private final Cache<String, Jwt> verified;

	VerifiedTokenCache(ReactiveJwtDecoder verifier, Clock clock, long maximumSize) {
		this.verifier = verifier;
		this.clock = clock;
		this.verified = Caffeine.newBuilder()
			.maximumSize(maximumSize)
			.expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt)))
			.build();
	}

	@Override
	public Mono<Jwt> decode(String token) throws JwtException {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null && isLive(known)) {
			return Mono.just(known);
		}
		return this.verifier.decode(token).doOnNext((jwt) -> {
			if (isLive(jwt)) {
				this.verified.put(token, jwt);
			}
		});
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
