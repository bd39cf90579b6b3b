package io.storesphere.cart.shopping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A cart as the customer sees it: each line at catalog's current price, flagged when that
 * price differs from the accepted one, when the product is gone, or when stock no longer
 * covers the quantity.
 *
 * <p>
 * {@code itemCount} and {@code subtotal} cover the lines that can be bought: a product
 * gone from the catalog is listed (with its last known name and price) but not counted.
 * When catalog could not be asked ({@code pricesCurrent} false), every line shows its
 * last known name and price, and no flag is raised that only catalog could confirm.
 *
 * @param lines the lines, in the order they were added
 * @param itemCount units in the lines that can be bought
 * @param subtotal the sum of those lines' totals
 * @param version the cart's stored version (0: never stored)
 * @param pricesCurrent whether prices and stock come from catalog just now
 */
public record PricedCart(List<PricedLine> lines, int itemCount, BigDecimal subtotal, long version,
		boolean pricesCurrent) {

	public PricedCart {
		lines = List.copyOf(lines);
		subtotal = Money.of(subtotal);
	}

	/** Prices the cart with catalog's answer about its products. */
	public static PricedCart of(Cart cart, PriceList prices) {
		List<PricedLine> lines = new ArrayList<>();
		for (CartLine line : cart.lines()) {
			lines.add(prices.product(line.productId())
				.map((product) -> PricedLine.current(line, product))
				.orElseGet(() -> prices.isGone(line.productId()) ? PricedLine.gone(line) : PricedLine.lastKnown(line)));
		}
		return total(lines, cart.version(), true);
	}

	/** The cart at its last known prices, for when catalog cannot be asked. */
	public static PricedCart lastKnown(Cart cart) {
		return total(cart.lines().stream().map(PricedLine::lastKnown).toList(), cart.version(), false);
	}

	private static PricedCart total(List<PricedLine> lines, long version, boolean current) {
		int count = 0;
		BigDecimal subtotal = Money.ZERO;
		for (PricedLine line : lines) {
			if (!line.unavailable()) {
				count += line.quantity();
				subtotal = subtotal.add(line.lineTotal());
			}
		}
		return new PricedCart(lines, count, subtotal, version, current);
	}

	/**
	 * One line as the customer sees it.
	 *
	 * @param productId the product
	 * @param name catalog's name, or the last known one
	 * @param unitPrice catalog's current price, or the last known one
	 * @param addedUnitPrice the price the customer last accepted
	 * @param quantity how many
	 * @param lineTotal unit price times quantity
	 * @param imageUrl where the product's image is served
	 * @param priceChanged whether the unit price differs from the accepted one
	 * @param unavailable whether the product is gone from the catalog
	 * @param insufficientStock whether stock no longer covers the quantity
	 * @param availableStock units in stock, or {@code null} when unknown
	 */
	public record PricedLine(String productId, String name, BigDecimal unitPrice, BigDecimal addedUnitPrice,
			int quantity, BigDecimal lineTotal, String imageUrl, boolean priceChanged, boolean unavailable,
			boolean insufficientStock, Integer availableStock) {

		static PricedLine current(CartLine line, Product product) {
			return new PricedLine(line.productId(), product.name(), product.price(), line.addedUnitPrice(),
					line.quantity(), Money.times(product.price(), line.quantity()), product.imageUrl(),
					product.price().compareTo(line.addedUnitPrice()) != 0, false, product.stock() < line.quantity(),
					product.stock());
		}

		static PricedLine gone(CartLine line) {
			return new PricedLine(line.productId(), line.name(), line.unitPrice(), line.addedUnitPrice(),
					line.quantity(), Money.times(line.unitPrice(), line.quantity()), line.imageUrl(), false, true,
					false, 0);
		}

		static PricedLine lastKnown(CartLine line) {
			return new PricedLine(line.productId(), line.name(), line.unitPrice(), line.addedUnitPrice(),
					line.quantity(), Money.times(line.unitPrice(), line.quantity()), line.imageUrl(),
					line.unitPrice().compareTo(line.addedUnitPrice()) != 0, false, false, null);
		}

	}

}
