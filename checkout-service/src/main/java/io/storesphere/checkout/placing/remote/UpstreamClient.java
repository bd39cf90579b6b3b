package io.storesphere.checkout.placing.remote;

import java.net.http.HttpClient;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.placing.UpstreamUnavailable;
import io.storesphere.starter.security.BearerTokenRelay;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The HTTP client of one service checkout calls: connect and read timeouts, a circuit
 * breaker, and the caller's bearer token relayed ({@link BearerTokenRelay}). A call that
 * fails, times out or finds the breaker open ends in {@link UpstreamUnavailable} naming
 * the service.
 */
final class UpstreamClient {

	private final String name;

	private final RestClient client;

	private final CircuitBreaker breaker;

	UpstreamClient(String name, CheckoutProperties.Upstream settings, RestClient.Builder builder,
			CircuitBreakerRegistry breakers) {
		this.name = name;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.build());
		requests.setReadTimeout(settings.readTimeout());
		this.client = builder.clone()
			.baseUrl(settings.baseUrl().toString())
			.requestFactory(requests)
			.requestInterceptor(new BearerTokenRelay())
			.build();
		CheckoutProperties.CircuitBreaker breaker = settings.circuitBreaker();
		this.breaker = breakers.circuitBreaker(name,
				CircuitBreakerConfig.custom()
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(breaker.slidingWindowSize())
					.minimumNumberOfCalls(breaker.minimumNumberOfCalls())
					.failureRateThreshold(breaker.failureRateThreshold())
					.waitDurationInOpenState(breaker.waitInOpenState())
					.permittedNumberOfCallsInHalfOpenState(breaker.permittedCallsInHalfOpenState())
					.build());
	}

	<T> T call(Function<RestClient, T> call) {
		try {
			return this.breaker.executeSupplier(() -> {
				try {
					return call.apply(this.client);
				}
				catch (RestClientException ex) {
					throw new UpstreamUnavailable(this.name, this.name + " did not answer: " + ex.getMessage(), ex);
				}
			});
		}
		catch (CallNotPermittedException open) {
			throw new UpstreamUnavailable(this.name, this.name + "'s circuit breaker is open", open);
		}
	}

	/** A 5xx or an unexpected status: counted as a failure of the service. */
	UpstreamUnavailable unexpected(int status) {
		return new UpstreamUnavailable(this.name, this.name + " answered " + status, null);
	}

}
