package io.storesphere.cart.shopping;

import java.util.Collection;

/** What cart asks catalog: the current name, price and stock of some products. */
public interface Catalog {

	/**
	 * @param productIds the products, at least one
	 * @throws CatalogUnavailable when catalog cannot answer in time
	 */
	PriceList describe(Collection<String> productIds);

}
