package io.storesphere.catalog.stock;

import io.storesphere.catalog.CatalogProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The stock rules from {@code storesphere.catalog.stock.*}. */
@Configuration(proxyBeanMethods = false)
class StockConfiguration {

	@Bean
	StockKeeper.StockRules stockRules(CatalogProperties properties) {
		CatalogProperties.Stock stock = properties.stock();
		return new StockKeeper.StockRules(stock.maxAttempts(), stock.maxProductsPerTransaction(), stock.relayAfter());
	}

}
