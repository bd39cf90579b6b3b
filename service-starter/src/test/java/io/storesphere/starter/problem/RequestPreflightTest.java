package io.storesphere.starter.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change that could only be answered in a form the client refuses, or a path with a
 * control character, never reaches a handler.
 */
class RequestPreflightTest {

	private final RequestPreflight preflight = new RequestPreflight();

	@ParameterizedTest
	@ValueSource(strings = { "application/xml", "text/html, text/plain", "image/*", "not a media type" })
	void aChangeFromAClientThatReadsNoJsonIsRefusedBeforeItsHandler(String accept) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/cart/items/p-1");
		request.addHeader("Accept", accept);

		Outcome outcome = filter(request);

		assertThat(outcome.handled()).isFalse();
		assertThat(outcome.response().getStatus()).isEqualTo(406);
		assertThat(outcome.response().getContentType()).isEqualTo("application/problem+json");
		assertThat(outcome.response().getContentAsString()).contains("\"type\":\"" + Problems.TYPES + "not-acceptable")
			.contains("Nothing was changed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "*/*", "application/json", "application/problem+json", "application/*",
			"text/plain, application/json;q=0.5", "application/*+json" })
	void aChangeFromAClientThatReadsJsonGoesThrough(String accept) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/checkout");
		if (!accept.isEmpty()) {
			request.addHeader("Accept", accept);
		}

		assertThat(filter(request).handled()).isTrue();
	}

	@Test
	void aReadIsLeftToContentNegotiation() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/products/p-1/image");
		request.addHeader("Accept", "image/png");

		assertThat(filter(request).handled()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/cart/items/a%07b", "/api/cart/items/%1b%5b31m", "/api/products/a%7fb",
			"/api/products/a%c2%85b" })
	void aPathWithAControlCharacterIsABadRequest(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("DELETE", path);

		Outcome outcome = filter(request);

		assertThat(outcome.handled()).isFalse();
		assertThat(outcome.response().getStatus()).isEqualTo(400);
		assertThat(outcome.response().getContentAsString()).contains(Problems.TYPES + "malformed-request");
	}

	@Test
	void anOrdinaryEncodedPathGoesThrough() throws Exception {
		assertThat(filter(new MockHttpServletRequest("DELETE", "/api/cart/items/caf%C3%A9%20au%20lait")).handled())
			.isTrue();
	}

	private Outcome filter(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.preflight.doFilter(request, response, chain);
		return new Outcome(chain.getRequest() != null, response);
	}

	private record Outcome(boolean handled, MockHttpServletResponse response) {

	}

}
