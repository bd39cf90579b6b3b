package io.storesphere.cart.shopping;

/**
 * How much one cart may hold.
 *
 * @param maxQuantityPerLine the most units of one product in a cart
 * @param maxLines the most different products in a cart
 */
public record CartLimits(int maxQuantityPerLine, int maxLines) {

	public CartLimits {
		if (maxQuantityPerLine < 1 || maxLines < 1) {
			throw new IllegalArgumentException("Cart limits must be positive");
		}
	}

}
