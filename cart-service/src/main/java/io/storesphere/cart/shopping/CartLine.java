package io.storesphere.cart.shopping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One product in a cart.
 *
 * @param productId the product
 * @param name its name when catalog last described it
 * @param imageUrl its image when catalog last described it
 * @param unitPrice its price when catalog last described it
 * @param addedUnitPrice the price the customer last accepted: set when the line is added,
 * its quantity is changed, or prices are accepted
 * @param quantity how many, at least 1
 * @param addedAt when the line was created (not changed when its quantity changes)
 */
public record CartLine(String productId, String name, String imageUrl, BigDecimal unitPrice, BigDecimal addedUnitPrice,
		int quantity, Instant addedAt) {

	public CartLine {
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(name, "name");
		unitPrice = Money.of(unitPrice);
		addedUnitPrice = Money.of(addedUnitPrice);
		Objects.requireNonNull(addedAt, "addedAt");
		if (quantity < 1) {
			throw new IllegalArgumentException("A cart line holds at least one unit");
		}
	}

	CartLine withQuantity(int newQuantity, Product product) {
		return new CartLine(this.productId, product.name(), product.imageUrl(), product.price(), product.price(),
				newQuantity, this.addedAt);
	}

	CartLine withQuantity(int newQuantity) {
		return new CartLine(this.productId, this.name, this.imageUrl, this.unitPrice, this.addedUnitPrice, newQuantity,
				this.addedAt);
	}

	/**
	 * The same line with what catalog says now as the last known name, image and price.
	 */
	CartLine describedBy(Product product) {
		return new CartLine(this.productId, product.name(), product.imageUrl(), product.price(), this.addedUnitPrice,
				this.quantity, this.addedAt);
	}

	CartLine acceptingPriceOf(Product product) {
		return new CartLine(this.productId, product.name(), product.imageUrl(), product.price(), product.price(),
				this.quantity, this.addedAt);
	}

}
