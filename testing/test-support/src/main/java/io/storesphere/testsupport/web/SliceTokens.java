package io.storesphere.testsupport.web;

import java.time.Instant;
import java.util.List;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Identity's tokens for slice tests: a subject and a {@code roles} claim, mapped to
 * authorities the way every service's application.yml maps them (claim {@code roles},
 * prefix {@code ROLE_}).
 */
public final class SliceTokens {

	private static final JwtGrantedAuthoritiesConverter ROLES = new JwtGrantedAuthoritiesConverter();

	static {
		ROLES.setAuthoritiesClaimName("roles");
		ROLES.setAuthorityPrefix("ROLE_");
	}

	private SliceTokens() {
	}

	/** A verified token for MockMvc ({@code .with(as("user-1", "CUSTOMER"))}). */
	public static JwtRequestPostProcessor as(String subject, String... roles) {
		return jwt().jwt((token) -> token.subject(subject).claim("roles", List.of(roles))).authorities(ROLES);
	}

	/**
	 * What a mocked {@code JwtDecoder} returns for a token it accepts, valid ten minutes.
	 */
	public static Jwt decoded(String value, String subject, String... roles) {
		Instant now = Instant.now();
		return Jwt.withTokenValue(value)
			.header("alg", "RS256")
			.subject(subject)
			.claim("roles", List.of(roles))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(600))
			.build();
	}

}
