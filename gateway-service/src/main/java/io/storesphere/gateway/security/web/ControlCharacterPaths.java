package io.storesphere.gateway.security.web;

import io.storesphere.gateway.web.Problems;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * A path with an encoded control character in a segment ({@code /api/cart/items/a%07b})
 * is a 400 problem before any route sees it: the security firewall refuses only an
 * encoded NUL, and no id or name of this API holds one. The services apply the same rule
 * to what reaches them directly.
 */
@Component
class ControlCharacterPaths implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		for (PathContainer.Element element : exchange.getRequest().getPath().elements()) {
			if (element instanceof PathContainer.PathSegment segment
					&& segment.valueToMatch().chars().anyMatch(Character::isISOControl)) {
				return Problems.write(exchange, HttpStatus.BAD_REQUEST, "malformed-request",
						"The path holds a control character; ids and names in a URL never do.", null);
			}
		}
		return chain.filter(exchange);
	}

	/** Right after the URL length check, before the security chain. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
