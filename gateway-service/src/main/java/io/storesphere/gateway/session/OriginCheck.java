package io.storesphere.gateway.session;

import java.net.URI;
import java.util.Set;

import io.storesphere.gateway.web.Problems;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Cross-site request forgery guard for cookie sessions: an unsafe request (POST, PUT,
 * PATCH, DELETE) that would be authenticated by the session cookie, and every session
 * sign-in, must come from the gateway's own origin or a configured one. Bearer-token
 * clients are not affected: a browser never adds that header on its own.
 */
@Component
class OriginCheck implements WebFilter, Ordered {

	private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	private final SessionProperties session;

	OriginCheck(SessionProperties session) {
		this.session = session;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (SAFE.contains(request.getMethod()) || !needsCheck(request) || fromAllowedOrigin(request)) {
			return chain.filter(exchange);
		}
		return Problems.write(exchange, HttpStatus.FORBIDDEN, "cross-site-request",
				"This request came from another site and was refused. Use the StoreSphere web UI, or send a bearer"
						+ " token.");
	}

	private boolean needsCheck(ServerHttpRequest request) {
		boolean cookieAuthenticated = request.getCookies().containsKey(this.session.cookieName())
				&& !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		return cookieAuthenticated || request.getPath().value().startsWith("/api/session/");
	}

	private boolean fromAllowedOrigin(ServerHttpRequest request) {
		String origin = request.getHeaders().getOrigin();
		if (origin == null) {
			String referer = request.getHeaders().getFirst(HttpHeaders.REFERER);
			if (referer == null) {
				return false;
			}
			URI uri = URI.create(referer);
			origin = uri.getScheme() + "://" + uri.getRawAuthority();
		}
		return origin.equalsIgnoreCase(ownOrigin(request)) || this.session.allowedOrigins().contains(origin);
	}

	/**
	 * The origin the browser addressed. Behind the ALB, which terminates HTTPS, that is
	 * {@code X-Forwarded-Proto} with the Host header; a cross-site page cannot set either
	 * header.
	 */
	private static String ownOrigin(ServerHttpRequest request) {
		URI self = request.getURI();
		String scheme = request.getHeaders().getFirst("X-Forwarded-Proto");
		String host = request.getHeaders().getFirst(HttpHeaders.HOST);
		return ((scheme != null) ? scheme : self.getScheme()) + "://"
				+ ((host != null) ? host : self.getRawAuthority());
	}

	@Override
	public int getOrder() {
		// Before Spring Security's filter chain (-100): a forged request is refused
		// before anything else.
		return -200;
	}

}
