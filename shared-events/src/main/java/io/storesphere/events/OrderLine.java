package io.storesphere.events;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

import static io.storesphere.events.Fields.money;
import static io.storesphere.events.Fields.positive;
import static io.storesphere.events.Fields.requiredText;

/**
 * One line of an order as it was priced at checkout: a snapshot, not a reference to the
 * product.
 */
public record OrderLine(String productId, String productName, BigDecimal unitPrice,
		@JsonProperty(required = true) int quantity, BigDecimal lineTotal) {

	public OrderLine {
		requiredText(productId, "productId");
		requiredText(productName, "productName");
		unitPrice = money(unitPrice, "unitPrice");
		positive(quantity, "quantity");
		lineTotal = money(lineTotal, "lineTotal");
	}

}
