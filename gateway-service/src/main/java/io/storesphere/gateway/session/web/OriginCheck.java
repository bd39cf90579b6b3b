package io.storesphere.gateway.session.web;

import java.net.URI;

import io.storesphere.gateway.session.OriginPolicy;
import io.storesphere.gateway.session.config.SessionProperties;
import io.storesphere.gateway.web.Problems;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Cross-site request forgery guard for cookie sessions: refuses, with a 403 problem, what
 * the {@link OriginPolicy} does not let through.
 */
@Component
class OriginCheck implements WebFilter, Ordered {

	private final SessionProperties session;

	private final OriginPolicy policy;

	OriginCheck(SessionProperties session) {
		this.session = session;
		this.policy = new OriginPolicy(session.allowedOrigins());
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		HttpHeaders headers = request.getHeaders();
		boolean cookieAuthenticated = request.getCookies().containsKey(this.session.cookieName())
				&& !headers.containsHeader(HttpHeaders.AUTHORIZATION);
		if (!this.policy.needsCheck(request.getMethod().name(), cookieAuthenticated, request.getPath().value())
				|| this.policy.allows(headers.getOrigin(), headers.getFirst(HttpHeaders.REFERER), ownOrigin(request))) {
			return chain.filter(exchange);
		}
		return Problems.write(exchange, HttpStatus.FORBIDDEN, "cross-site-request",
				"This request came from another site and was refused. Use the StoreSphere web UI, or send a bearer"
						+ " token.");
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
