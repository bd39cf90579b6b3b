package io.storesphere.checkout.order.web;

import io.storesphere.checkout.order.Customer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who calls, from the verified token only. */
final class Caller {

	private Caller() {
	}

	static Customer customer(Jwt token) {
		String email = token.getClaimAsString("email");
		String name = token.getClaimAsString("name");
		if (email == null || email.isBlank()) {
			throw new AccessDeniedException("Your sign-in token carries no e-mail address; sign in again.");
		}
		return new Customer(token.getSubject(), (name != null && !name.isBlank()) ? name : email, email);
	}

	static boolean isAdmin(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

}
