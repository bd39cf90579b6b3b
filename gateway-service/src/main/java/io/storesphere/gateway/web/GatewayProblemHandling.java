package io.storesphere.gateway.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway's own endpoints (the browser session's sign-in and sign-out) refuse bad
 * requests with the same problems as the services: a stable {@code type} under
 * {@code https://storesphere.dev/problems/} and a {@code detail} a person can act on,
 * where WebFlux leaves {@code about:blank} and, for a Content-Type it cannot read, no
 * detail at all. Replaces Boot's handler (spring.webflux.problemdetails).
 */
@ControllerAdvice
class GatewayProblemHandling extends ResponseEntityExceptionHandler {

	private static final Map<Integer, String> DETAILS = Map.of(415,
			"Send the body as JSON with 'Content-Type: application/json'.", 406,
			"This API answers in JSON (application/json, application/problem+json); send an Accept header that allows it, or none.",
			405, "This path does not take that method.", 400, "The request is malformed.");

	@Override
	protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, ServerWebExchange exchange) {
		return super.handleExceptionInternal(ex, body, headers, status, exchange).map((response) -> {
			if (response.getBody() instanceof ProblemDetail problem) {
				complete(problem, status);
			}
			return response;
		});
	}

	private static void complete(ProblemDetail problem, HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			String name = (known != null) ? known.getReasonPhrase() : "error";
			problem.setType(URI.create(
					"https://storesphere.dev/problems/" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
		}
		if (problem.getDetail() == null || problem.getDetail().isBlank()) {
			problem.setDetail(DETAILS.getOrDefault(status.value(),
					(known != null) ? known.getReasonPhrase() + "." : "The request failed."));
		}
	}

}
