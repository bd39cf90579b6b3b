package io.storesphere.cart.shopping;

import java.math.BigDecimal;

/**
 * The core's refusals, built the way the core builds them (their factories are package
 * private), for web slice tests that pin how each one is answered.
 */
public final class Refusals {

	private Refusals() {
	}

	public static CartRuleViolation unknownProduct(String productId) {
		return CartRuleViolation.unknownProduct(productId);
	}

	public static CartRuleViolation quantityLimit(String productId, int requested, int limit) {
		return CartRuleViolation.quantityLimit(product(productId, 50), requested, limit);
	}

	public static CartRuleViolation insufficientStock(String productId, int stock, int requested) {
		return CartRuleViolation.insufficientStock(product(productId, stock), requested);
	}

	public static CartRuleViolation cartFull(String productId, int maxLines) {
		return CartRuleViolation.cartFull(product(productId, 5), maxLines);
	}

	public static CartBusy busy(String userId, int attempts) {
		return new CartBusy(userId, attempts);
	}

	private static Product product(String id, int stock) {
		return new Product(id, "Desk Lamp", new BigDecimal("12.50"), stock, "/api/products/" + id + "/image");
	}

}
