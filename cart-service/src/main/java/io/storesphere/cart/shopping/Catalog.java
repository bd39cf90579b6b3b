package io.storesphere.cart.shopping;

import java.util.Collection;

/**
 * What cart asks catalog: the current name, price and stock of some products. An
 * implementation may answer from what catalog said a few seconds ago
 * ({@code storesphere.cart.catalog.freshness}); checkout takes its prices and stock from
 * catalog itself.
 */
public interface Catalog {

	/**
	 * @param productIds the products, at least one
	 * @throws CatalogUnavailable when catalog cannot answer in time
	 */
	PriceList describe(Collection<String> productIds);

	/**
	 * Like {@link #describe}, but never from an answer kept earlier: a price the shopper
	 * accepts must be catalog's price now.
	 * @param productIds the products, at least one
	 * @throws CatalogUnavailable when catalog cannot answer in time
	 */
	default PriceList describeNow(Collection<String> productIds) {
		return describe(productIds);
	}

}
