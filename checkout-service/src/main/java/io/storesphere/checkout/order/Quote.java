package io.storesphere.checkout.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the customer pays: the lines at catalog's prices, the subtotal, the tax on it and
 * the grand total, all in one currency with two places.
 */
public record Quote(List<OrderLine> lines, int itemCount, BigDecimal subtotal, BigDecimal taxRate, BigDecimal taxAmount,
		BigDecimal grandTotal, String currency) {

	public Quote {
		lines = List.copyOf(lines);
	}

}
