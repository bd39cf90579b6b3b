package io.storesphere.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import static io.storesphere.events.Fields.nonNegative;
import static io.storesphere.events.Fields.positive;
import static io.storesphere.events.Fields.requiredText;

/** A line that stock could not cover: how many were asked for and how many were left. */
public record StockShortage(String productId, @JsonProperty(required = true) int requested,
		@JsonProperty(required = true) int available) {

	public StockShortage {
		requiredText(productId, "productId");
		positive(requested, "requested");
		nonNegative(available, "available");
	}

}
