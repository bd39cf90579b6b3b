package io.storesphere.cart.shopping.remote;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Ticker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.storesphere.cart.CartProperties;
import io.storesphere.cart.shopping.Catalog;
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

	/** Far more products than any store's shoppers keep in their carts at once. */
	static final long REMEMBERED_PRODUCTS = 50_000;

	@Bean
	RestClient catalogClient(RestClient.Builder builder, CartProperties properties) {
		CartProperties.Catalog catalog = properties.catalog();
		return builder.baseUrl(catalog.baseUrl().toString())
			.requestFactory(ClientHttpRequestFactoryBuilder.detect()
				.build(HttpClientSettings.defaults().withTimeouts(catalog.connectTimeout(), catalog.readTimeout())))
			.requestInterceptor(new BearerTokenRelay())
			.build();
	}

	/**
	 * Catalog over HTTP, behind the answers of the last
	 * {@code storesphere.cart.catalog.freshness} ({@link RecentCatalog}); a freshness of
	 * zero asks catalog every time.
	 */
	@Bean
	Catalog catalog(RestClient catalogClient, CircuitBreaker catalogCircuitBreaker, CartProperties properties) {
		Catalog catalog = new HttpCatalog(catalogClient, catalogCircuitBreaker);
		Duration freshness = properties.catalog().freshness();
		return freshness.isZero() ? catalog
				: new RecentCatalog(catalog, freshness, REMEMBERED_PRODUCTS, Ticker.systemTicker());
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
