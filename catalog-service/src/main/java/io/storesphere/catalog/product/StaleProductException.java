package io.storesphere.catalog.product;

/** Someone changed the product after the caller read it. */
public class StaleProductException extends RuntimeException {

	private final long currentVersion;

	public StaleProductException(String productId, long currentVersion) {
		super("Product " + productId + " was changed by someone else (it is now at version " + currentVersion
				+ "). Reload it and try again.");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
