package io.storesphere.cart.shopping;

/** The cart store cannot be reached or refused the request; nothing was changed. */
public class CartStoreUnavailable extends RuntimeException {

	public CartStoreUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
