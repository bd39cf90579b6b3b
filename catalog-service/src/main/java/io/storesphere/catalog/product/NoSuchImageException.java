package io.storesphere.catalog.product;

/** The product has no image, or does not exist. */
public class NoSuchImageException extends RuntimeException {

	private final String productId;

	public NoSuchImageException(String productId) {
		super("Product " + productId + " has no image.");
		this.productId = productId;
	}

	public String productId() {
		return this.productId;
	}

}
