package io.storesphere.cart;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.validation.annotation.Validated;

/**
 * {@code storesphere.cart.*}: where cart keeps carts, what a cart may hold, and how it
 * asks catalog.
 *
 * @param cartsTable one item per user's cart
 * @param inboxTable one item per processed event
 * @param orderEventsQueue the queue subscribed to order-events (order-placed)
 * @param maxQuantityPerLine the most units of one product in a cart
 * @param maxLines the most different products in a cart
 * @param expireAfter a cart not changed for this long expires (DynamoDB TTL); a bare
 * number means days
 * @param keepEventsFor how long processed event ids are remembered
 * @param writes how conflicting writes are retried
 * @param catalog how catalog is reached
 */
@Validated
@ConfigurationProperties("storesphere.cart")
public record CartProperties(@NotBlank String cartsTable, @NotBlank String inboxTable,
		@NotBlank String orderEventsQueue, @Min(1) @Max(10_000) int maxQuantityPerLine, @Min(1) @Max(500) int maxLines,
		@NotNull @DurationUnit(ChronoUnit.DAYS) Duration expireAfter,
		@NotNull @DurationUnit(ChronoUnit.DAYS) Duration keepEventsFor, @Valid @NotNull Writes writes,
		@Valid @NotNull Catalog catalog) {

	/**
	 * @param attempts attempts at a write that keeps losing to concurrent writes
	 * @param backoff the first bound of the random pause between attempts
	 * @param maxBackoff the largest bound of that pause
	 */
	public record Writes(@Min(1) @Max(1000) int attempts, @NotNull Duration backoff, @NotNull Duration maxBackoff) {

	}

	/**
	 * @param baseUrl catalog's base URL
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for an answer
	 * @param freshness how long catalog's answer about a product is used before catalog
	 * is asked again (the most a price or stock change can take to show in a cart); zero
	 * asks every time
	 * @param circuitBreaker when to stop calling catalog for a while
	 */
	public record Catalog(@NotNull URI baseUrl, @NotNull Duration connectTimeout, @NotNull Duration readTimeout,
			@NotNull Duration freshness, @Valid @NotNull CircuitBreaker circuitBreaker) {

	}

	/**
	 * @param failureRateThreshold the percentage of failed calls that opens the breaker
	 * @param slidingWindowSize how many recent calls the rate is computed over
	 * @param minimumCalls calls needed before the rate counts
	 * @param waitInOpenState how long the open breaker refuses calls before trying again
	 * @param callsInHalfOpenState trial calls that decide whether to close it again
	 */
	public record CircuitBreaker(@DecimalMin("1") @DecimalMax("100") float failureRateThreshold,
			@Min(1) int slidingWindowSize, @Min(1) int minimumCalls, @NotNull Duration waitInOpenState,
			@Min(1) int callsInHalfOpenState) {

	}

}
