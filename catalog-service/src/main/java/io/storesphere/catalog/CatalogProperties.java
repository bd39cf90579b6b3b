package io.storesphere.catalog;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code storesphere.catalog.*}: catalog's tables, bucket, queue and topic, and its
 * rules.
 *
 * @param productsTable products (without image bytes)
 * @param imagesBucket the private bucket holding image bytes, one object per product and
 * image
 * @param inboxTable one item per order: its outcome and what is still to publish
 * @param orderEventsQueue the queue subscribed to order-events
 * @param catalogEventsTopic where stock-committed, stock-rejected and stock-low go
 * @param thresholds low-stock thresholds by price
 * @param images upload and storage limits
 * @param stock how orders are applied
 * @param seedDemoCatalog add the demo products once at start-up (the local run)
 */
@Validated
@ConfigurationProperties("storesphere.catalog")
public record CatalogProperties(@NotBlank String productsTable, @NotBlank String imagesBucket,
		@NotBlank String inboxTable, @NotBlank String orderEventsQueue, @NotBlank String catalogEventsTopic,
		@Valid @NotNull Thresholds thresholds, @Valid @NotNull Images images, @Valid @NotNull Stock stock,
		boolean seedDemoCatalog) {

	/**
	 * @param bands a price ceiling (inclusive) and its threshold each
	 * @param aboveAllBands the threshold for prices above every band
	 */
	public record Thresholds(@NotEmpty List<@Valid Band> bands, @PositiveOrZero int aboveAllBands) {

		public record Band(@NotNull @Positive BigDecimal upTo, @PositiveOrZero int threshold) {

		}

	}

	/**
	 * @param maxUpload larger uploads get 413
	 * @param maxEdge stored images are scaled down to this many pixels on their longest
	 * side
	 * @param maxStored the most one stored image may take, so that pages with many
	 * pictures stay light
	 */
	public record Images(@NotNull DataSize maxUpload, @Min(16) int maxEdge, @NotNull DataSize maxStored) {

	}

	/**
	 * @param maxAttempts tries at an order's transaction when others change the same
	 * products at the same time, before the message is left for redelivery
	 * @param relayInterval how often the relay looks for unpublished outcomes
	 * @param relayAfter how old an unpublished outcome must be before the relay takes it
	 * @param keepOutcomesFor how long an order's outcome is remembered (dedupe window)
	 * @param maxProductsPerTransaction distinct products one transaction can hold
	 * (DynamoDB allows 100 items, one is the inbox item)
	 */
	public record Stock(@Min(1) int maxAttempts, @NotNull Duration relayInterval, @NotNull Duration relayAfter,
			@NotNull Duration keepOutcomesFor, @Min(1) @Max(99) int maxProductsPerTransaction) {

	}

}
