package io.storesphere.catalog.stock;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.events.EventCodec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stock rules from {@code storesphere.catalog.stock.*}, and the plain-Java helpers
 * the order paths share.
 */
@Configuration(proxyBeanMethods = false)
class StockConfiguration {

	@Bean
	StockRules stockRules(CatalogProperties properties) {
		CatalogProperties.Stock stock = properties.stock();
		return new StockRules(stock.maxAttempts(), stock.maxProductsPerTransaction(), stock.relayAfter());
	}

	@Bean
	ConflictRetry conflictRetry(StockRules rules) {
		return new ConflictRetry(rules.maxAttempts());
	}

	@Bean
	OutcomeEvents outcomeEvents(EventCodec codec) {
		return new OutcomeEvents(codec);
	}

}
