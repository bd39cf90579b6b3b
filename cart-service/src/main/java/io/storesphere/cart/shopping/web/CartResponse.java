package io.storesphere.cart.shopping.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.storesphere.cart.shopping.PricedCart;
import io.storesphere.cart.shopping.PricedCart.PricedLine;

/**
 * The cart on the wire, for GET and after every change. Money is a decimal string with
 * two places.
 *
 * @param items the lines, in the order they were added
 * @param itemCount units in the lines that can be bought (not those gone from the
 * catalog)
 * @param subtotal the sum of those lines' totals
 * @param version grows by one with every change; 0 for a cart never stored
 * @param pricesCurrent true when prices and stock were just read from catalog; false when
 * catalog could not be asked and the last known names and prices are shown
 * @param notice what a person should know when {@code pricesCurrent} is false; absent
 * otherwise
 */
record CartResponse(List<Item> items, int itemCount, String subtotal, long version, boolean pricesCurrent,
		@JsonInclude(JsonInclude.Include.NON_NULL) String notice) {

	static CartResponse of(PricedCart cart) {
		return new CartResponse(cart.lines().stream().map(Item::of).toList(), cart.itemCount(),
				cart.subtotal().toPlainString(), cart.version(), cart.pricesCurrent(), cart.pricesCurrent() ? null
						: "Prices and stock could not be checked just now; the cart shows the last known ones.");
	}

	/**
	 * One line.
	 *
	 * @param productId the product
	 * @param name catalog's name (the last known one if the product is gone)
	 * @param unitPrice catalog's current price
	 * @param addedUnitPrice the price the customer last accepted
	 * @param quantity units
	 * @param lineTotal unit price times quantity
	 * @param imageUrl the product's image
	 * @param priceChanged the current price differs from the accepted one
	 * @param unavailable the product is gone from the catalog
	 * @param insufficientStock stock no longer covers the quantity
	 * @param availableStock units in stock; {@code null} when unknown
	 */
	record Item(String productId, String name, String unitPrice, String addedUnitPrice, int quantity, String lineTotal,
			String imageUrl, boolean priceChanged, boolean unavailable, boolean insufficientStock,
			Integer availableStock) {

		static Item of(PricedLine line) {
			return new Item(line.productId(), line.name(), line.unitPrice().toPlainString(),
					line.addedUnitPrice().toPlainString(), line.quantity(), line.lineTotal().toPlainString(),
					line.imageUrl(), line.priceChanged(), line.unavailable(), line.insufficientStock(),
					line.availableStock());
		}

	}

}
