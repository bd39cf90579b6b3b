package io.storesphere.starter.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;

import static org.assertj.core.api.Assertions.assertThat;

/** A token check that could not be made answers 503 with Retry-After, never a 500. */
class TokenCheckOutageTest {

	@Test
	void aCheckThatFailedIsA503ProblemTheClientMayRetry() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cart");
		MockHttpServletResponse response = new MockHttpServletResponse();

		new TokenCheckOutage().doFilter(request, response, (req, res) -> {
			throw new AuthenticationServiceException(
					"An error occurred while attempting to decode the Jwt: I/O error on GET request for the JWKS");
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("token-check-unavailable").doesNotContain("JWKS");
	}

	@Test
	void everythingElsePassesThrough() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		new TokenCheckOutage().doFilter(new MockHttpServletRequest("GET", "/api/cart"), response,
				(req, res) -> ((MockHttpServletResponse) res).setStatus(204));

		assertThat(response.getStatus()).isEqualTo(204);
	}

}
