package io.storesphere.catalog.seed.config;

import io.storesphere.catalog.product.ProductCatalog;
import io.storesphere.catalog.seed.DemoCatalog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo catalogue, only where {@code storesphere.catalog.seed-demo-catalog} is on (the
 * local run). It is seeded once the service is up, before it reports itself ready for
 * traffic.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "storesphere.catalog.seed-demo-catalog", havingValue = "true")
class DemoCatalogConfiguration {

	@Bean
	DemoCatalog demoCatalog(ProductCatalog catalog) {
		return new DemoCatalog(catalog);
	}

	@Bean
	ApplicationListener<ApplicationReadyEvent> seedDemoCatalogWhenReady(DemoCatalog demoCatalog) {
		return (ready) -> demoCatalog.seed();
	}

}
