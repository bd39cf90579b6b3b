package io.storesphere.catalog.stock.config;

import java.time.Clock;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.stock.EventPublisher;
import io.storesphere.catalog.stock.OrderProgress;
import io.storesphere.catalog.stock.OutcomePublisher;
import io.storesphere.catalog.stock.StockKeeper;
import io.storesphere.catalog.stock.StockLevels;
import io.storesphere.catalog.stock.StockRules;
import io.storesphere.events.EventCodec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java order paths to their adapters, with the rules from
 * {@code storesphere.catalog.stock.*}. One {@link OutcomePublisher} serves both the order
 * paths and the relay.
 */
@Configuration(proxyBeanMethods = false)
class StockConfiguration {

	@Bean
	StockRules stockRules(CatalogProperties properties) {
		CatalogProperties.Stock stock = properties.stock();
		return new StockRules(stock.maxAttempts(), stock.maxProductsPerTransaction(), stock.relayAfter());
	}

	@Bean
	OutcomePublisher outcomePublisher(OrderProgress progress, EventPublisher publisher, EventCodec codec, Clock clock,
			StockRules rules) {
		return new OutcomePublisher(progress, publisher, codec, clock, rules);
	}

	@Bean
	StockKeeper stockKeeper(StockLevels stock, OrderProgress progress, OutcomePublisher outcomes, EventCodec codec,
			Clock clock, StockRules rules) {
		return new StockKeeper(stock, progress, outcomes, codec, clock, rules);
	}

}
