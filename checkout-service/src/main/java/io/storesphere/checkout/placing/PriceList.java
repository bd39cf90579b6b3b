package io.storesphere.checkout.placing;

import java.util.Collection;

/**
 * catalog-service's authoritative prices and stock, as checkout sees them. Called on
 * behalf of the signed-in customer; how their token travels is the adapter's business.
 */
public interface PriceList {

	/**
	 * @throws UpstreamUnavailable when catalog-service does not answer in time
	 */
	CatalogSnapshot read(Collection<String> productIds);

}
