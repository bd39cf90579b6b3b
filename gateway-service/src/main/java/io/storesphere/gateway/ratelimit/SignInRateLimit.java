package io.storesphere.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import io.storesphere.gateway.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Limits sign-in, sign-up and session sign-in attempts per client address. Over the limit
 * the client gets a 429 problem with {@code Retry-After}. If the counter store is
 * unreachable the attempt is let through and logged: the account lockout in identity
 * still protects passwords, and sign-in should not fail because a counter did.
 */
@Component
class SignInRateLimit implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(SignInRateLimit.class);

	private static final Set<String> LIMITED_PATHS = Set.of("/api/auth/login", "/api/auth/signup", "/api/login",
			"/api/signup", "/api/session/login");

	private final AttemptCounter counter;

	private final RateLimitProperties properties;

	private final Clock clock;

	SignInRateLimit(AttemptCounter counter, RateLimitProperties properties, Clock clock) {
		this.counter = counter;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!this.properties.enabled() || request.getMethod() != HttpMethod.POST
				|| !LIMITED_PATHS.contains(request.getPath().value())) {
			return chain.filter(exchange);
		}
		Instant now = this.clock.instant();
		FixedWindow window = FixedWindow.containing(now, this.properties.window());
		return this.counter
			.tryCount(window.key("sign-in:" + client(request)), this.properties.requestsPerWindow(), window.end())
			.onErrorResume((storeDown) -> {
				log.warn("Rate limit store unavailable, letting the attempt through: {}", storeDown.toString());
				return Mono.just(true);
			})
			.flatMap((allowed) -> {
				if (allowed) {
					return chain.filter(exchange);
				}
				exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(window.secondsLeft(now)));
				return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
						"Too many sign-in or sign-up attempts from your address. Wait " + window.secondsLeft(now)
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
