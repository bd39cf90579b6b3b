package io.storesphere.checkout.order;

import java.math.BigDecimal;

/**
 * One line of an order as it was priced at checkout: catalog's price and name at that
 * moment.
 */
public record OrderLine(String productId, String productName, BigDecimal unitPrice, int quantity,
		BigDecimal lineTotal) {

	public OrderLine {
		unitPrice = Money.of(unitPrice);
		lineTotal = Money.of(lineTotal);
	}

	public static OrderLine priced(String productId, String productName, BigDecimal unitPrice, int quantity) {
		BigDecimal price = Money.of(unitPrice);
		return new OrderLine(productId, productName, price, quantity, price.multiply(BigDecimal.valueOf(quantity)));
	}

}
