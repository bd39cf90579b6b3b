package io.storesphere.gateway.security.web;

import io.storesphere.gateway.web.Problems;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * A URL over {@value #MAX_URL_LENGTH} characters (a pasted blob as an id, say) answers a
 * 414 problem before anything else reads it. Netty itself would answer 414 with no body
 * at that length, so its request-line limit is set above this one
 * ({@code server.netty.max-initial-line-length}); past that, Netty's bare 414 remains.
 */
@Component
class UrlLengthLimit implements WebFilter, Ordered {

	/** Netty's default request-line limit, and far above any URL of this API. */
	static final int MAX_URL_LENGTH = 4096;

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String rawQuery = exchange.getRequest().getURI().getRawQuery();
		int length = exchange.getRequest().getURI().getRawPath().length()
				+ ((rawQuery != null) ? rawQuery.length() + 1 : 0);
		if (length > MAX_URL_LENGTH) {
			return Problems.write(exchange, HttpStatus.URI_TOO_LONG, "uri-too-long",
					"The URL is longer than " + MAX_URL_LENGTH + " characters; ids and parameters are short.", null);
		}
		return chain.filter(exchange);
	}

	/** Before the security chain and its firewall, which would read the whole URL. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
