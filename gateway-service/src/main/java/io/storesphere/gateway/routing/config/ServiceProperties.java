package io.storesphere.gateway.routing.config;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code storesphere.gateway.services.*}: where each service listens (ECS Service Connect
 * names on AWS, loopback ports locally) and how long the gateway waits for it.
 *
 * @param identity identity-service's base URL
 * @param catalog catalog-service's base URL
 * @param cart cart-service's base URL
 * @param checkout checkout-service's base URL
 * @param notification notification-service's base URL
 * @param analytics analytics-service's base URL
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for a response before answering 503
 */
@Validated
@ConfigurationProperties("storesphere.gateway.services")
public record ServiceProperties(@NotNull URI identity, @NotNull URI catalog, @NotNull URI cart, @NotNull URI checkout,
		@NotNull URI notification, @NotNull URI analytics, @NotNull Duration connectTimeout,
		@NotNull Duration responseTimeout) {

}
