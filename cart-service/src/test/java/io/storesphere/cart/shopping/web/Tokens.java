package io.storesphere.cart.cart.web;

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
final class Tokens {

	private final JwtAuthenticationConverter roles;

	Tokens(JwtAuthenticationConverter roles) {
		this.roles = roles;
	}

	JwtRequestPostProcessor customer(String subject) {
		return token(subject, "CUSTOMER");
	}

	JwtRequestPostProcessor admin(String subject) {
		return token(subject, "ADMIN");
	}

	private JwtRequestPostProcessor token(String subject, String role) {
		return jwt()
			.jwt((token) -> token.subject(subject).claim("roles", List.of(role)).tokenValue("token-of-" + subject))
			.authorities((token) -> this.roles.convert(token).getAuthorities());
	}

}
