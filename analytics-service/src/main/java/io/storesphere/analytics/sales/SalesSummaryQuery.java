package io.storesphere.analytics.sales;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Reads the facts behind {@link SalesSummary}. */
public class SalesSummaryQuery {

	static final int TOP_PRODUCTS = 5;

	private final SalesFacts facts;

	private final Transactions transactions;

	private final Clock clock;

	public SalesSummaryQuery(SalesFacts facts, Transactions transactions, Clock clock) {
		this.facts = facts;
		this.transactions = transactions;
		this.clock = clock;
	}

	public SalesSummary current() {
		LocalDate today = this.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
		// Days and products from one state of the store, so the dashboard adds up.
		return this.transactions.inReadOnlyTransaction(() -> SalesSummary.of(today,
				this.facts.daysBetween(today.minusDays(SalesSummary.SERIES_DAYS - 1), today),
				this.facts.bestSellers(TOP_PRODUCTS)));
	}

}
