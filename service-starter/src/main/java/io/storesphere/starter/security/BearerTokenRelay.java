package io.storesphere.starter.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * Token relay for a service's {@code RestClient}: a call to another service carries the
 * bearer token of the request it is made for, taken from the security context the
 * resource server filled in after verifying it, so the callee sees the same customer and
 * no domain port handles a token. A call made outside such a request (no token in the
 * context), or one that sets its own {@code Authorization} header, is left as it is.
 */
public final class BearerTokenRelay implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		HttpHeaders headers = request.getHeaders();
		if (!headers.containsHeader(HttpHeaders.AUTHORIZATION)) {
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			if (caller instanceof AbstractOAuth2TokenAuthenticationToken<?> bearer) {
				headers.setBearerAuth(bearer.getToken().getTokenValue());
			}
		}
		return execution.execute(request, body);
	}

}
