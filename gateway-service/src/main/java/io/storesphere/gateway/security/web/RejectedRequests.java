package io.storesphere.gateway.security.web;

import io.storesphere.gateway.web.Problems;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * What Spring Security's firewall refuses before any route ({@code //}, {@code /./},
 * {@code %2f}, {@code ;x=1}, an encoded NUL...) answers a 400 problem instead of an empty
 * body. Spring Security's WebFlux configuration picks this bean up for its filter chain.
 * The detail never repeats the URL, which is what is wrong.
 */
@Component
class RejectedRequests implements ServerExchangeRejectedHandler {

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException ex) {
		return Problems.write(exchange, HttpStatus.BAD_REQUEST, "malformed-request",
				"The URL is not one this API takes: no empty or dot segments (// or /./), no encoded slashes,"
						+ " backslashes or control characters, and no ;parameters. Send the plain path.",
				null);
	}

}
