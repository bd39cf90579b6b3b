package io.storesphere.gateway.session.config;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code storesphere.gateway.session.*}: the browser session cookie that holds the access
 * token.
 *
 * @param cookieName the cookie's name
 * @param secure whether the cookie is sent over HTTPS only (false only for the local run
 * on http)
 * @param allowedOrigins origins besides the gateway's own that may send unsafe requests
 * with the cookie, e.g. a separately hosted web UI
 */
@Validated
@ConfigurationProperties("storesphere.gateway.session")
public record SessionProperties(@NotBlank String cookieName, boolean secure, List<String> allowedOrigins) {

	public SessionProperties {
		allowedOrigins = (allowedOrigins != null) ? List.copyOf(allowedOrigins) : List.of();
	}

}
