package io.storesphere.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/** Writes RFC 9457 problem documents from filters, where no controller advice reaches. */
public final class Problems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	public static Map<String, Object> body(HttpStatus status, String type, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://storesphere.dev/problems/" + type);
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", instance);
		return problem;
	}

	public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String detail) {
		return write(exchange, status, type, detail, exchange.getRequest().getPath().value());
	}

	/**
	 * With this {@code instance}, or none: a refused URL is not repeated back.
	 */
	public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String detail,
			String instance) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> problem = body(status, type, detail, instance);
		if (instance == null) {
			problem.remove("instance");
		}
		byte[] bytes = JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
	}

}
