package io.storesphere.checkout.order;

import java.util.Collection;

/** catalog-service's authoritative prices and stock, as checkout sees them. */
public interface PriceList {

	/**
	 * @param authorization the caller's {@code Authorization} header, relayed
	 * @throws UpstreamUnavailable when catalog-service does not answer in time
	 */
	CatalogSnapshot read(Collection<String> productIds, String authorization);

}
