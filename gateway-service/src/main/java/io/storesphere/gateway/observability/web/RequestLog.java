package io.storesphere.gateway.observability.web;

import io.storesphere.gateway.observability.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request an id ({@code X-Request-Id}: the caller's if it is sane, else a new
 * one), passes it downstream and back in the response, and writes one access-log line per
 * request.
 */
@Component
class RequestLog implements WebFilter, Ordered {

	static final String HEADER = "X-Request-Id";

	private static final Logger accessLog = LoggerFactory.getLogger("storesphere.gateway.access");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String requestId = RequestIds.keepOrCreate(exchange.getRequest().getHeaders().getFirst(HEADER));
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers((headers) -> headers.set(HEADER, requestId))
			.build();
		exchange.getResponse().getHeaders().set(HEADER, requestId);
		long started = System.nanoTime();
		return chain.filter(exchange.mutate().request(request).build()).doFinally((signal) -> {
			var status = exchange.getResponse().getStatusCode();
			accessLog.atInfo()
				.addKeyValue("requestId", requestId)
				.addKeyValue("method", request.getMethod().name())
				.addKeyValue("path", request.getPath().value())
				.addKeyValue("status", (status != null) ? status.value() : 0)
				.addKeyValue("durationMs", (System.nanoTime() - started) / 1_000_000)
				.log("{} {} {}", request.getMethod().name(), request.getPath().value(),
						(status != null) ? status.value() : 0);
		});
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
