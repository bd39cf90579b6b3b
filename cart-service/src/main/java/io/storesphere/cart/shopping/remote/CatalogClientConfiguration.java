package io.storesphere.cart.shopping.remote;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.storesphere.cart.CartProperties;
import io.storesphere.starter.security.BearerTokenRelay;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client for catalog, with connect and read timeouts and the caller's bearer
 * token relayed, and the circuit breaker around it (its state and calls are metrics:
 * {@code resilience4j_circuitbreaker_*}).
 */
@Configuration(proxyBeanMethods = false)
class CatalogClientConfiguration {

	@Bean
	RestClient catalogClient(RestClient.Builder builder, CartProperties properties) {
		CartProperties.Catalog catalog = properties.catalog();
		return builder.baseUrl(catalog.baseUrl().toString())
			.requestFactory(ClientHttpRequestFactoryBuilder.detect()
				.build(HttpClientSettings.defaults().withTimeouts(catalog.connectTimeout(), catalog.readTimeout())))
			.requestInterceptor(new BearerTokenRelay())
			.build();
	}

	@Bean
	CircuitBreaker catalogCircuitBreaker(CartProperties properties, MeterRegistry meters) {
		CartProperties.CircuitBreaker settings = properties.catalog().circuitBreaker();
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(settings.failureRateThreshold())
			.slidingWindowSize(settings.slidingWindowSize())
			.minimumNumberOfCalls(settings.minimumCalls())
			.waitDurationInOpenState(settings.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(settings.callsInHalfOpenState())
			.automaticTransitionFromOpenToHalfOpenEnabled(false)
			.build());
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
		return registry.circuitBreaker("catalog");
	}

}
