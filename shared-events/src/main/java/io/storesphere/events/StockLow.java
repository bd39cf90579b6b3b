package io.storesphere.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import static io.storesphere.events.Fields.nonNegative;
import static io.storesphere.events.Fields.required;
import static io.storesphere.events.Fields.requiredText;

/**
 * {@code catalog.stock-low.v1}: a product's stock fell below its threshold (or reached
 * zero). Notification turns it into the admin alert.
 */
public record StockLow(String productId, String productName, @JsonProperty(required = true) int stock,
		@JsonProperty(required = true) int threshold, Instant detectedAt) implements IntegrationEvent {

	public StockLow {
		requiredText(productId, "productId");
		requiredText(productName, "productName");
		nonNegative(stock, "stock");
		nonNegative(threshold, "threshold");
		required(detectedAt, "detectedAt");
	}

	/** The alert text admins know from the original app. */
	public String alertText() {
		return "ALERT: Low Stock for " + this.productName + ". Current: " + this.stock + ", Threshold: "
				+ this.threshold + ". Please restock.";
	}

}
