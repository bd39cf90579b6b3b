package io.storesphere.catalog.web;

import java.util.List;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Identity's tokens for MockMvc: a subject and a {@code roles} claim, turned into
 * authorities by the service's own converter (the {@code authorities-claim-name} and
 * {@code authority-prefix} of application.yml), so a slice sees exactly the roles the
 * running service would.
 */
public final class Tokens {

	private final JwtAuthenticationConverter roles;

	public Tokens(JwtAuthenticationConverter roles) {
		this.roles = roles;
	}

	public JwtRequestPostProcessor customer(String subject) {
		return token(subject, "CUSTOMER");
	}

	public JwtRequestPostProcessor admin(String subject) {
		return token(subject, "ADMIN");
	}

	private JwtRequestPostProcessor token(String subject, String role) {
		return jwt()
			.jwt((token) -> token.subject(subject).claim("roles", List.of(role)).tokenValue("token-of-" + subject))
			.authorities((token) -> this.roles.convert(token).getAuthorities());
	}

}
