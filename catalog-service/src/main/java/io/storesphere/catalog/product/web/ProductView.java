package io.storesphere.catalog.product.web;

import java.math.RoundingMode;
import java.time.Instant;

import io.storesphere.catalog.product.Product;
import io.storesphere.catalog.product.StockStatus;

/**
 * A product as the API shows it. Money is a decimal string with two places; the image URL
 * carries the image's tag, so a replaced image is fetched anew while an unchanged one
 * comes from cache.
 */
record ProductView(String id, String name, String description, String price, int stock, int threshold,
		boolean thresholdSetByAdmin, StockStatus stockStatus, String imageUrl, long version, Instant createdAt,
		Instant updatedAt) {

	static ProductView of(Product product) {
		return new ProductView(product.id(), product.name(), product.description(), money(product), product.stock(),
				product.threshold(), product.thresholdSetByAdmin(), product.stockStatus(), imageUrl(product),
				product.version(), product.createdAt(), product.updatedAt());
	}

	static String money(Product product) {
		return product.price().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
	}

	static String imageUrl(Product product) {
		return product.hasImage() ? "/api/products/" + product.id() + "/image?v=" + product.imageTag() : null;
	}

}
