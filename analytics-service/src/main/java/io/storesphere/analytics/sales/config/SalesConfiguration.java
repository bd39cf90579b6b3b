package io.storesphere.analytics.sales.config;

import java.time.Clock;

import io.storesphere.analytics.sales.SalesFacts;
import io.storesphere.analytics.sales.SalesProjection;
import io.storesphere.analytics.sales.SalesProjectionStore;
import io.storesphere.analytics.sales.SalesSummaryQuery;
import io.storesphere.analytics.sales.Transactions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projection and the summary query, over the store's adapters in persistence. */
@Configuration(proxyBeanMethods = false)
class SalesConfiguration {

	@Bean
	SalesProjection salesProjection(SalesProjectionStore store, Transactions transactions, Clock clock) {
		return new SalesProjection(store, transactions, clock);
	}

	@Bean
	SalesSummaryQuery salesSummaryQuery(SalesFacts facts, Transactions transactions, Clock clock) {
		return new SalesSummaryQuery(facts, transactions, clock);
	}

}
