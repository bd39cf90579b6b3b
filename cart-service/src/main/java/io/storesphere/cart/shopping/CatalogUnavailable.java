package io.storesphere.cart.shopping;

/** Catalog is down, slow, or its circuit breaker is open. */
public class CatalogUnavailable extends RuntimeException {

	public CatalogUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
