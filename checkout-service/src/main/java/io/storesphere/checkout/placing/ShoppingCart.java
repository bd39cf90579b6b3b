package io.storesphere.checkout.placing;

import java.util.List;

/**
 * cart-service, as checkout sees it. Called on behalf of the signed-in customer; how
 * their token travels is the adapter's business.
 */
public interface ShoppingCart {

	/**
	 * The caller's cart.
	 * @throws UpstreamUnavailable when cart-service does not answer in time
	 */
	List<CartLine> read();

}
