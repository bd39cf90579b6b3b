package io.storesphere.gateway.session.web;

import io.storesphere.gateway.session.config.SessionProperties;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Downstream, a browser's session cookie becomes the bearer token the services check
 * themselves; the cookie itself stays at the gateway.
 */
@Component
class SessionTokenRelay implements GlobalFilter, Ordered {

	private final SessionProperties session;

	SessionTokenRelay(SessionProperties session) {
		this.session = session;
	}

	@Override
	public reactor.core.publisher.Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(this.session.cookieName());
		boolean hasBearer = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		ServerWebExchange relayed = exchange.mutate().request((request) -> request.headers((headers) -> {
			if (!hasBearer && cookie != null && !cookie.getValue().isBlank()) {
				headers.setBearerAuth(cookie.getValue());
			}
			headers.remove(HttpHeaders.COOKIE);
		})).build();
		return chain.filter(relayed);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
