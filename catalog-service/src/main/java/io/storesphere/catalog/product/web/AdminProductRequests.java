package io.storesphere.catalog.product.web;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.storesphere.starter.validation.NoControlCharacters;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What admins send. Every limit here is one the API documents. */
final class AdminProductRequests {

	private AdminProductRequests() {
	}

	/**
	 * A new product, as JSON (the image as a base64 data URL in {@code image}) or as
	 * multipart form fields (the image as the file part {@code image}).
	 */
	record NewProductRequest(@NotBlank @Size(max = 120) @NoControlCharacters String name,
			@Size(max = 2000) String description,
			@NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 9, fraction = 2) BigDecimal price,
			@NotNull @PositiveOrZero @Max(1_000_000) Integer stock, @PositiveOrZero @Max(1_000_000) Integer threshold,
			@JsonProperty("image") String imageDataUrl) {

	}

	/** Changes to a product read at {@code version}; absent fields stay as they are. */
	record EditProductRequest(
			@Size(min = 1, max = 120) @Pattern(regexp = "(?s).*\\S.*") @NoControlCharacters String name,
			@Size(max = 2000) String description,
			@DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 9, fraction = 2) BigDecimal price,
			@PositiveOrZero @Max(1_000_000) Integer threshold, Boolean thresholdFromPrice,
			@NotNull @PositiveOrZero Long version) {

		@AssertTrue(message = "cannot be set together with thresholdFromPrice")
		boolean isThreshold() {
			return this.threshold == null || !Boolean.TRUE.equals(this.thresholdFromPrice);
		}

	}

	record RestockRequest(@NotNull @Positive @Max(1_000_000) Integer quantity) {

	}

	record SetStockRequest(@NotNull @PositiveOrZero @Max(1_000_000) Integer stock,
			@NotNull @PositiveOrZero Long version) {

	}

	record ImageRequest(@NotBlank String image) {

	}

}
