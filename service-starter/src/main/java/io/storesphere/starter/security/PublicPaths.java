package io.storesphere.starter.security;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Paths a service serves without a token, declared as a bean by the service that owns
 * them (e.g. catalog's {@code GET /api/products/**}). The default chain permits every
 * declared set on top of health, info, Prometheus, {@code /error} and the OpenAPI
 * document.
 *
 * @param method the one method they are public for, or {@code null} for every method
 * @param patterns Spring path patterns
 */
public record PublicPaths(HttpMethod method, List<String> patterns) {

	public PublicPaths {
		patterns = List.copyOf(patterns);
	}

	/** Public for every method. */
	public static PublicPaths any(String... patterns) {
		return new PublicPaths(null, List.of(patterns));
	}

	public static PublicPaths get(String... patterns) {
		return new PublicPaths(HttpMethod.GET, List.of(patterns));
	}

	public static PublicPaths post(String... patterns) {
		return new PublicPaths(HttpMethod.POST, List.of(patterns));
	}

}
