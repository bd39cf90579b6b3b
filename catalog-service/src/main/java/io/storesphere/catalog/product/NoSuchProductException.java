package io.storesphere.catalog.product;

/** The product does not exist (any more). */
public class NoSuchProductException extends RuntimeException {

	private final String productId;

	public NoSuchProductException(String productId) {
		super("There is no product " + productId + ".");
		this.productId = productId;
	}

	public String productId() {
		return this.productId;
	}

}
