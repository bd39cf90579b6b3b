package io.storesphere.starter.security;

import java.io.IOException;

import io.storesphere.starter.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token that could not be checked is a 503 problem with {@code Retry-After}, not a 500:
 * the bearer filter rethrows {@link AuthenticationServiceException} when the check itself
 * failed, as when identity's JWKS, fetched on the first token, does not answer in time
 * (seen under load, right after a start). The client did nothing wrong and may retry.
 */
final class TokenCheckOutage extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (AuthenticationServiceException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			this.logger.warn("A bearer token could not be checked: " + ex.getMessage());
			response.resetBuffer();
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			Problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "token-check-unavailable",
					"Your sign-in could not be checked just now; try again in a few seconds.");
		}
	}

}
