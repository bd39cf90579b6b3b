package io.storesphere.cart.shopping;

/**
 * A change the cart's rules do not allow; the message says why in words a customer
 * understands.
 */
public final class CartRuleViolation extends RuntimeException {

	private final Rule rule;

	private final String productId;

	private final int requested;

	private final int allowed;

	private CartRuleViolation(Rule rule, String productId, int requested, int allowed, String message) {
		super(message);
		this.rule = rule;
		this.productId = productId;
		this.requested = requested;
		this.allowed = allowed;
	}

	static CartRuleViolation unknownProduct(String productId) {
		return new CartRuleViolation(Rule.UNKNOWN_PRODUCT, productId, 0, 0,
				"There is no product '" + productId + "' in the catalog; it may have been removed.");
	}

	static CartRuleViolation quantityLimit(Product product, int requested, int limit) {
		return new CartRuleViolation(Rule.QUANTITY_LIMIT, product.id(), requested, limit, "A cart can hold at most "
				+ limit + " of '" + product.name() + "'; this change would make it " + requested + ".");
	}

	static CartRuleViolation insufficientStock(Product product, int requested) {
		String message = (product.stock() == 0) ? "'" + product.name() + "' is out of stock."
				: "Only " + product.stock() + " of '" + product.name() + "' " + ((product.stock() == 1) ? "is" : "are")
						+ " in stock; this change would put " + requested + " in your cart.";
		return new CartRuleViolation(Rule.INSUFFICIENT_STOCK, product.id(), requested, product.stock(), message);
	}

	static CartRuleViolation cartFull(Product product, int maxLines) {
		return new CartRuleViolation(Rule.CART_FULL, product.id(), maxLines + 1, maxLines, "Your cart already holds "
				+ maxLines + " different products, the most it can hold. Remove one to add '" + product.name() + "'.");
	}

	public Rule rule() {
		return this.rule;
	}

	public String productId() {
		return this.productId;
	}

	/** The quantity (or number of lines) the change asked for. */
	public int requested() {
		return this.requested;
	}

	/** The most the rule allows: the limit, or the units in stock. */
	public int allowed() {
		return this.allowed;
	}

	/** The rules a change can break. */
	public enum Rule {

		/** The product is not in the catalog. */
		UNKNOWN_PRODUCT,
		/** More units of one product than a cart may hold. */
		QUANTITY_LIMIT,
		/** More units than catalog has in stock. */
		INSUFFICIENT_STOCK,
		/** A new product while the cart holds as many products as it may. */
		CART_FULL

	}

}
