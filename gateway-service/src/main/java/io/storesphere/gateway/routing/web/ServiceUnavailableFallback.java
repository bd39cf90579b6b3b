package io.storesphere.gateway.routing.web;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import io.storesphere.gateway.web.Problems;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker sends a call that failed, timed out or was not
 * attempted.
 */
@RestController
class ServiceUnavailableFallback {

	@RequestMapping("/fallback/{service}")
	Mono<ResponseEntity<Map<String, Object>>> unavailable(@PathVariable String service, ServerWebExchange exchange) {
		String detail = "The " + service + " service is unavailable or did not answer in time. Try again in a moment.";
		Map<String, Object> problem = Problems.body(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", detail,
				originalPath(exchange));
		problem.put("service", service);
		return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem));
	}

	private static String originalPath(ServerWebExchange exchange) {
		Set<URI> urls = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
		return (urls != null && !urls.isEmpty()) ? urls.iterator().next().getPath()
				: exchange.getRequest().getPath().value();
	}

}
