package io.storesphere.cart.shopping;

/** The cart kept changing under a write until its attempts ran out; nothing changed. */
public class CartBusy extends RuntimeException {

	CartBusy(String userId, int attempts) {
		super("Cart of " + userId + " changed under " + attempts + " attempts to write it");
	}

}
