package io.storesphere.catalog.product;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product as the catalogue keeps it. {@code version} grows with every change, so a
 * writer that read an older version can be refused.
 *
 * @param id the product id
 * @param name 1 to 120 characters
 * @param description up to 2,000 characters
 * @param price greater than zero, two decimals
 * @param stock units on hand, never negative
 * @param threshold below this, stock is low
 * @param thresholdSetByAdmin whether the admin chose the threshold (otherwise it follows
 * the price)
 * @param imageTag the stored image's entity tag, or {@code null} without an image
 * @param version the optimistic-locking version
 * @param createdAt when it was added
 * @param updatedAt when it last changed
 */
public record Product(String id, String name, String description, BigDecimal price, int stock, int threshold,
		boolean thresholdSetByAdmin, String imageTag, long version, Instant createdAt, Instant updatedAt) {

	public StockStatus stockStatus() {
		return StockStatus.of(this.stock, this.threshold);
	}

	public boolean hasImage() {
		return this.imageTag != null;
	}

	/** This product with an edit applied; the threshold follows the price unless set. */
	public Product edited(ProductEdit edit, ThresholdBands bands, Instant now) {
		String newName = (edit.name() != null) ? edit.name() : this.name;
		String newDescription = (edit.description() != null) ? edit.description() : this.description;
		BigDecimal newPrice = (edit.price() != null) ? edit.price() : this.price;
		boolean manual = this.thresholdSetByAdmin;
		int newThreshold = this.threshold;
		if (edit.threshold() != null) {
			manual = true;
			newThreshold = edit.threshold();
		}
		else if (edit.thresholdFromPrice()) {
			manual = false;
		}
		if (!manual) {
			newThreshold = bands.thresholdFor(newPrice);
		}
		return new Product(this.id, newName, newDescription, newPrice, this.stock, newThreshold, manual, this.imageTag,
				this.version + 1, this.createdAt, now);
	}

	public Product withStock(int newStock, Instant now) {
		if (newStock < 0) {
			throw new IllegalArgumentException("Stock cannot be negative");
		}
		return new Product(this.id, this.name, this.description, this.price, newStock, this.threshold,
				this.thresholdSetByAdmin, this.imageTag, this.version + 1, this.createdAt, now);
	}

	public Product withImage(String newImageTag, Instant now) {
		return new Product(this.id, this.name, this.description, this.price, this.stock, this.threshold,
				this.thresholdSetByAdmin, newImageTag, this.version + 1, this.createdAt, now);
	}

	/**
	 * The changes an admin asks for; {@code null} leaves a field as it is.
	 *
	 * @param name a new name
	 * @param description a new description
	 * @param price a new price
	 * @param threshold a threshold chosen by hand
	 * @param thresholdFromPrice go back to the threshold computed from the price
	 */
	public record ProductEdit(String name, String description, BigDecimal price, Integer threshold,
			boolean thresholdFromPrice) {

	}

}
