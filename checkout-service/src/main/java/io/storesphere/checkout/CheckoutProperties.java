package io.storesphere.checkout;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code storesphere.checkout.*}: prices, the services checkout calls, its tables, queue
 * and topic, and the timings of idempotency, the outbox and the saga. The README's
 * configuration table lists every key with its default.
 *
 * @param taxRate the tax rate on the subtotal, e.g. {@code 0.08}
 * @param currency the ISO 4217 currency of every price, e.g. {@code USD}
 * @param cart cart-service
 * @param catalog catalog-service
 * @param tables the DynamoDB tables (with the environment prefix)
 * @param catalogEventsQueue the queue subscribed to catalog-events
 * @param orderEventsTopic the SNS topic order events go to
 * @param idempotency how long keys live and how long a checkout may hold one
 * @param outbox how the relay catches up with unpublished events
 * @param saga how stock events are retried and remembered
 */
@Validated
@ConfigurationProperties("storesphere.checkout")
public record CheckoutProperties(@NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal taxRate,
		@NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
		@Valid @NotNull Upstream cart, @Valid @NotNull Upstream catalog, @Valid @NotNull Tables tables,
		@NotBlank String catalogEventsQueue, @NotBlank String orderEventsTopic, @Valid @NotNull Idempotency idempotency,
		@Valid @NotNull Outbox outbox, @Valid @NotNull Saga saga) {

	/**
	 * A service checkout calls synchronously, with timeouts and a circuit breaker.
	 *
	 * @param baseUrl e.g. {@code http://cart:8080}
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for the answer
	 * @param circuitBreaker when to stop calling it for a while
	 */
	public record Upstream(@NotNull URI baseUrl, @NotNull Duration connectTimeout, @NotNull Duration readTimeout,
			@Valid @NotNull CircuitBreaker circuitBreaker) {

	}

	/**
	 * Resilience4j's count-based circuit breaker.
	 *
	 * @param slidingWindowSize the last calls looked at
	 * @param minimumNumberOfCalls calls needed before the breaker may open
	 * @param failureRateThreshold the percentage of failed calls that opens it
	 * @param waitInOpenState how long it stays open before letting probes through
	 * @param permittedCallsInHalfOpenState probes let through while half open
	 */
	public record CircuitBreaker(@Min(1) int slidingWindowSize, @Min(1) int minimumNumberOfCalls,
			@Min(1) @Max(100) int failureRateThreshold, @NotNull Duration waitInOpenState,
			@Min(1) int permittedCallsInHalfOpenState) {

	}

	/** Table names, with the environment prefix. */
	public record Tables(@NotBlank String orders, @NotBlank String idempotencyKeys, @NotBlank String inbox) {

	}

	/**
	 * @param keepFor how long a key is remembered (DynamoDB TTL)
	 * @param lease how long a checkout may hold a key before another may take it over
	 * @param inFlightWait how long a request waits for another one with the same key to
	 * finish before answering 409
	 */
	public record Idempotency(@NotNull Duration keepFor, @NotNull Duration lease, @NotNull Duration inFlightWait) {

	}

	/**
	 * @param relayInterval how often the relay looks for unpublished events
	 * @param relayAfter how long an event waits for its immediate publication before the
	 * relay takes it
	 * @param batchSize orders the relay handles per round at most
	 */
	public record Outbox(@NotNull Duration relayInterval, @NotNull Duration relayAfter, @Min(1) int batchSize) {

	}

	/**
	 * @param inboxKeepFor how long handled event ids are remembered
	 */
	public record Saga(@NotNull Duration inboxKeepFor) {

	}

}
