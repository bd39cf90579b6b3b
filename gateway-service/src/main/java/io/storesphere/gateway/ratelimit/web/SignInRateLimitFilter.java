package io.storesphere.gateway.ratelimit.web;

import java.net.InetSocketAddress;
import java.util.Set;

import io.storesphere.gateway.ratelimit.SignInRateLimit;
import io.storesphere.gateway.ratelimit.config.RateLimitProperties;
import io.storesphere.gateway.web.Problems;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Puts sign-in, sign-up and session sign-in requests through the {@link SignInRateLimit}
 * per client address. Over the limit the client gets a 429 problem with
 * {@code Retry-After}. An operator's own clients (the load generator) can be exempted by
 * address, so a load test signs its shoppers up and in while everyone else stays limited.
 */
@Component
class SignInRateLimitFilter implements WebFilter, Ordered {

	private static final Set<String> LIMITED_PATHS = Set.of("/api/auth/login", "/api/auth/signup", "/api/login",
			"/api/signup", "/api/session/login");

	private final SignInRateLimit limit;

	private final RateLimitProperties properties;

	SignInRateLimitFilter(SignInRateLimit limit, RateLimitProperties properties) {
		this.limit = limit;
		this.properties = properties;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!this.properties.enabled() || request.getMethod() != HttpMethod.POST
				|| !LIMITED_PATHS.contains(request.getPath().value())) {
			return chain.filter(exchange);
		}
		String client = client(request);
		if (this.properties.exempts(client)) {
			return chain.filter(exchange);
		}
		return this.limit.attempt(client).flatMap((verdict) -> {
			if (verdict.allowed()) {
				return chain.filter(exchange);
			}
			exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(verdict.retryAfterSeconds()));
			return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
					"Too many sign-in or sign-up attempts from your address. Wait " + verdict.retryAfterSeconds()
							+ " seconds and try again.");
		});
	}

	private String client(ServerHttpRequest request) {
		if (this.properties.trustForwardedFor()) {
			String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
			if (forwarded != null && !forwarded.isBlank()) {
				// The load balancer appends the address it saw; anything before it the
				// client could write.
				String[] hops = forwarded.split(",");
				return hops[hops.length - 1].trim();
			}
		}
		InetSocketAddress remote = request.getRemoteAddress();
		return (remote != null) ? remote.getAddress().getHostAddress() : "unknown";
	}

	@Override
	public int getOrder() {
		// After the Origin check, before Spring Security and routing.
		return -150;
	}

}
