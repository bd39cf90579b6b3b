package io.storesphere.catalog.product.config;

import java.time.Clock;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.image.ImageProcessor;
import io.storesphere.catalog.image.ImageStore;
import io.storesphere.catalog.product.ProductCatalog;
import io.storesphere.catalog.product.ProductStore;
import io.storesphere.catalog.product.ThresholdBands;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalogue's use cases over the product and image stores, with the threshold bands
 * from {@code storesphere.catalog.thresholds.*}.
 */
@Configuration(proxyBeanMethods = false)
class ProductConfiguration {

	@Bean
	ThresholdBands thresholdBands(CatalogProperties properties) {
		return new ThresholdBands(properties.thresholds()
			.bands()
			.stream()
			.map((band) -> new ThresholdBands.Band(band.upTo(), band.threshold()))
			.toList(), properties.thresholds().aboveAllBands());
	}

	@Bean
	ProductCatalog productCatalog(ProductStore products, ImageStore images, ImageProcessor imageProcessor,
			ThresholdBands bands, Clock clock) {
		return new ProductCatalog(products, images, imageProcessor, bands, clock);
	}

}
