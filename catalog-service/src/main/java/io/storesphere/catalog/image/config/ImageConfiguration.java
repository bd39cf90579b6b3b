package io.storesphere.catalog.image.config;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.image.ImageProcessor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Image processing with the limits from {@code storesphere.catalog.images.*}. */
@Configuration(proxyBeanMethods = false)
class ImageConfiguration {

	@Bean
	ImageProcessor imageProcessor(CatalogProperties properties) {
		CatalogProperties.Images images = properties.images();
		return new ImageProcessor((int) images.maxUpload().toBytes(), images.maxEdge(),
				(int) images.maxStored().toBytes());
	}

}
