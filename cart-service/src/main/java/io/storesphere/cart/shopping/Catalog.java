package io.storesphere.cart.cart;

import java.util.Collection;

/** What cart asks catalog: the current name, price and stock of some products. */
public interface Catalog {

	/**
	 * @param productIds the products, at least one
	 * @param authorization the caller's {@code Authorization} header, relayed
	 * @throws CatalogUnavailable when catalog cannot answer in time
	 */
	PriceList describe(Collection<String> productIds, String authorization);

}
