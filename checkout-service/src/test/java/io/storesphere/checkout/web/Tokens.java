package io.storesphere.checkout.web;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Identity's tokens as checkout reads them: the claims identity issues ({@code sub},
 * {@code name}, {@code email}, {@code roles}), turned into authorities by the service's
 * own converter (the {@code roles} claim with the {@code ROLE_} prefix, from
 * {@code spring.security.oauth2.resourceserver.jwt.*} in application.yml), so a test
 * token is mapped exactly as a real one.
 */
public final class Tokens {

	private final JwtAuthenticationConverter converter;

	Tokens(JwtAuthenticationConverter converter) {
		this.converter = converter;
	}

	/** A signed-in customer with a name and an e-mail address. */
	public JwtRequestPostProcessor customer(String subject) {
		return token((claims) -> claims.subject(subject)
			.claim("name", "Ada Lovelace")
			.claim("email", "ada@example.com")
			.claim("roles", List.of("CUSTOMER")));
	}

	/** An admin (identity's admins are customers too). */
	public JwtRequestPostProcessor admin(String subject) {
		return token((claims) -> claims.subject(subject)
			.claim("name", "Grace Hopper")
			.claim("email", "grace@example.com")
			.claim("roles", List.of("CUSTOMER", "ADMIN")));
	}

	/** A token with the claims the test sets (and no default {@code scope}). */
	public JwtRequestPostProcessor token(Consumer<Jwt.Builder> claims) {
		return jwt().jwt((builder) -> claims.accept(builder.claims((all) -> all.remove("scope"))))
			.authorities(this::authorities);
	}

	private Collection<GrantedAuthority> authorities(Jwt token) {
		return List.copyOf(this.converter.convert(token).getAuthorities());
	}

}
