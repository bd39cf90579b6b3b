package io.storesphere.checkout.placing.remote;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The circuit breakers of the services checkout calls, with their state and calls as
 * metrics ({@code resilience4j_circuitbreaker_*}, tagged by name).
 */
@Configuration(proxyBeanMethods = false)
class RemoteConfiguration {

	@Bean
	CircuitBreakerRegistry circuitBreakers(MeterRegistry meters) {
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
		return registry;
	}

}
