package io.storesphere.checkout.order;

import java.util.List;

/** cart-service, as checkout sees it. */
public interface ShoppingCart {

	/**
	 * The caller's cart.
	 * @param authorization the caller's {@code Authorization} header, relayed
	 * @throws UpstreamUnavailable when cart-service does not answer in time
	 */
	List<CartLine> read(String authorization);

}
