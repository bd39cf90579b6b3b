package io.storesphere.starter.security;

import io.storesphere.testsupport.web.SliceTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.RequestMatcher;
import org.springframework.web.client.RestClient;

import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * The callee sees the customer the caller serves: the verified token of the request being
 * served travels with the call, and nothing else does.
 */
class BearerTokenRelayTest {

	private final RestClient.Builder builder = RestClient.builder()
		.baseUrl("http://catalog")
		.requestInterceptor(new BearerTokenRelay());

	private final MockRestServiceServer catalog = MockRestServiceServer.bindTo(this.builder).build();

	private final RestClient client = this.builder.build();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aCallMadeForASignedInCustomerCarriesTheirToken() {
		signIn("token-of-u-1");
		expectCallWith(header(HttpHeaders.AUTHORIZATION, "Bearer token-of-u-1"));

		this.client.post().uri("/api/products/batch").retrieve().toBodilessEntity();

		this.catalog.verify();
	}

	@Test
	void aCallMadeOutsideACustomersRequestCarriesNoToken() {
		expectCallWith(headerDoesNotExist(HttpHeaders.AUTHORIZATION));

		this.client.post().uri("/api/products/batch").retrieve().toBodilessEntity();

		this.catalog.verify();
	}

	@Test
	void aCallThatNamesItsOwnCredentialsKeepsThem() {
		signIn("token-of-u-1");
		expectCallWith(header(HttpHeaders.AUTHORIZATION, "Bearer service-token"));

		this.client.post()
			.uri("/api/products/batch")
			.header(HttpHeaders.AUTHORIZATION, "Bearer service-token")
			.retrieve()
			.toBodilessEntity();

		this.catalog.verify();
	}

	private void expectCallWith(RequestMatcher authorization) {
		this.catalog.expect(requestTo("http://catalog/api/products/batch"))
			.andExpect(authorization)
			.andRespond(withSuccess());
	}

	/**
	 * What the resource server leaves in the security context after verifying a token.
	 */
	private static void signIn(String tokenValue) {
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(SliceTokens.decoded(tokenValue, "u-1", "CUSTOMER")));
	}

}
