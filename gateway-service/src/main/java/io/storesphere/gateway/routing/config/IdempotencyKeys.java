package io.storesphere.gateway.routing.config;

import java.util.UUID;

import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;

/** Idempotency keys for clients of the original API, which knew nothing of them. */
final class IdempotencyKeys {

	static final String HEADER = "Idempotency-Key";

	private IdempotencyKeys() {
	}

	/** A fresh key on each request that has none; a client's own key is kept. */
	static GatewayFilterSpec addIfMissing(GatewayFilterSpec filters) {
		return filters.filter((exchange, chain) -> {
			if (exchange.getRequest().getHeaders().containsHeader(HEADER)) {
				return chain.filter(exchange);
			}
			return chain.filter(exchange.mutate()
				.request((request) -> request.header(HEADER, "compat-" + UUID.randomUUID()))
				.build());
		});
	}

}
