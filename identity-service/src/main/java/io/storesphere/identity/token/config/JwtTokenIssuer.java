package io.storesphere.identity.token.config;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;
import io.storesphere.identity.account.Account;
import io.storesphere.identity.token.TokenIssuer;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Signs access tokens as RS256 JWTs with the key of {@link SigningKeys}. */
class JwtTokenIssuer implements TokenIssuer {

	private final JwtEncoder encoder;

	private final String keyId;

	private final TokenProperties properties;

	private final Clock clock;

	JwtTokenIssuer(JwtEncoder encoder, RSAKey signingKey, TokenProperties properties, Clock clock) {
		this.encoder = encoder;
		this.keyId = signingKey.getKeyID();
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public IssuedToken issue(Account account) {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.properties.issuer())
			.subject(account.id())
			.claim("name", account.fullName())
			.claim("email", account.email())
			.claim("roles", List.of(account.role().name()))
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.ttl()))
			.id(UUID.randomUUID().toString())
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.keyId).build();
		String value = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new IssuedToken(value, this.properties.ttl());
	}

}
