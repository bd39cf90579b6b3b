package io.storesphere.analytics.sales;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.storesphere.analytics.sales.SalesSummary.Day;
import io.storesphere.analytics.sales.SalesSummary.TopProduct;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary reads the last 30 UTC days and the top five, in one read-only transaction.
 */
class SalesSummaryQueryTest {

	private final List<String> reads = new ArrayList<>();

	private boolean inReadOnlyTransaction;

	@Test
	void theWindowEndsOnTodayInUtcAndTheTopFiveComeFromTheSameReadOnlyTransaction() {
		// Late evening in New York is already the next day in UTC.
		Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:30:00Z"), ZoneId.of("America/New_York"));
		TopProduct cups = new TopProduct("p-1", "Espresso cups", 3, new BigDecimal("45.00"));

		SalesSummary summary = new SalesSummaryQuery(new RecordingFacts(cups), new RecordingTransactions(), clock)
			.current();

		assertThat(this.reads).containsExactly("days 2026-10-24..2026-11-22 in a read-only transaction",
				"best 5 in a read-only transaction");
		assertThat(summary.today()).isEqualTo(new SalesSummary.Totals(2, 4, new BigDecimal("30.00")));
		assertThat(summary.daily().get(29).date()).isEqualTo(LocalDate.parse("2026-11-22"));
		assertThat(summary.topProducts()).containsExactly(cups);
	}

	private String where() {
		return this.inReadOnlyTransaction ? " in a read-only transaction" : " outside a transaction";
	}

	private final class RecordingFacts implements SalesFacts {

		private final TopProduct best;

		RecordingFacts(TopProduct best) {
			this.best = best;
		}

		@Override
		public List<Day> daysBetween(LocalDate from, LocalDate to) {
			SalesSummaryQueryTest.this.reads.add("days " + from + ".." + to + where());
			return List.of(new Day(to, 2, 4, new BigDecimal("30.00")));
		}

		@Override
		public List<TopProduct> bestSellers(int limit) {
			SalesSummaryQueryTest.this.reads.add("best " + limit + where());
			return List.of(this.best);
		}

	}

	private final class RecordingTransactions implements Transactions {

		@Override
		public <T> T inTransaction(Supplier<T> work) {
			throw new AssertionError("the summary only reads");
		}

		@Override
		public <T> T inReadOnlyTransaction(Supplier<T> reads) {
			SalesSummaryQueryTest.this.inReadOnlyTransaction = true;
			try {
				return reads.get();
			}
			finally {
				SalesSummaryQueryTest.this.inReadOnlyTransaction = false;
			}
		}

	}

}
