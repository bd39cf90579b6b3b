package io.storesphere.checkout.placing;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The cart cannot be bought as it is; nothing was charged. Each subclass says what the
 * customer has to change. Thrown by {@link Pricing} and {@link Checkout}.
 */
public abstract class CheckoutRefused extends RuntimeException {

	CheckoutRefused(String message) {
		super(message);
	}

	/** There is nothing in the cart. */
	public static final class CartEmpty extends CheckoutRefused {

		public CartEmpty() {
			super("Your cart is empty; add something before checking out.");
		}

	}

	/** Products in the cart that catalog no longer sells. */
	public static final class ProductsUnavailable extends CheckoutRefused {

		private final List<Unavailable> products;

		public ProductsUnavailable(List<Unavailable> products) {
			super(products.stream().map(Unavailable::productName).collect(Collectors.joining(", "))
					+ ((products.size() == 1) ? " is" : " are")
					+ " no longer available; remove it from your cart and check out again.");
			this.products = List.copyOf(products);
		}

		public List<Unavailable> products() {
			return this.products;
		}

	}

	/** Lines asking for more than is in stock. */
	public static final class InsufficientStock extends CheckoutRefused {

		private final List<Shortage> shortages;

		public InsufficientStock(List<Shortage> shortages) {
			super("Not enough stock: "
					+ shortages.stream()
						.map((shortage) -> shortage.productName() + " (you asked for " + shortage.requested() + ", "
								+ shortage.available() + " left)")
						.collect(Collectors.joining(", "))
					+ ". Lower the quantities in your cart and check out again.");
			this.shortages = List.copyOf(shortages);
		}

		public List<Shortage> shortages() {
			return this.shortages;
		}

	}

	/** Prices that changed since the customer put the products in the cart. */
	public static final class PricesChanged extends CheckoutRefused {

		private final List<PriceChange> changes;

		public PricesChanged(List<PriceChange> changes) {
			super("Prices changed since you added " + ((changes.size() == 1) ? "this product" : "these products") + ": "
					+ changes.stream()
						.map((change) -> change.productName() + " was " + change.acceptedPrice() + ", now "
								+ change.currentPrice())
						.collect(Collectors.joining(", "))
					+ ". Accept the new prices in your cart and check out again.");
			this.changes = List.copyOf(changes);
		}

		public List<PriceChange> changes() {
			return this.changes;
		}

	}

	/** A product catalog does not know any more. */
	public record Unavailable(String productId, String productName) {

	}

	/** How many were asked for and how many are left. */
	public record Shortage(String productId, String productName, int requested, int available) {

	}

	/** The price the customer accepted and catalog's price now. */
	public record PriceChange(String productId, String productName, BigDecimal acceptedPrice, BigDecimal currentPrice) {

	}

}
