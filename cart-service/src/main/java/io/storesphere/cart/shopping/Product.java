package io.storesphere.cart.shopping;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product as catalog describes it right now.
 *
 * @param id the product id
 * @param name what people call it
 * @param price the current unit price, two decimal places
 * @param stock how many units are in stock
 * @param imageUrl where its image is served
 */
public record Product(String id, String name, BigDecimal price, int stock, String imageUrl) {

	public Product {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		price = Money.of(price);
		if (stock < 0) {
			stock = 0;
		}
	}

}
