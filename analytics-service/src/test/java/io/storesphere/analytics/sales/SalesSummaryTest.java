package io.storesphere.analytics.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalesSummaryTest {

	private final LocalDate today = LocalDate.parse("2026-11-21");

	@Test
	void windowsAddUpTheirDaysAndTheSeriesHasEveryDayOfTheLast30() {
		List<SalesSummary.Day> facts = List.of(day(0, 2, "10.00"), day(3, 1, "5.50"), day(6, 1, "1.25"),
				day(7, 4, "100.00"), day(29, 1, "0.01"), day(30, 9, "999.00"));

		SalesSummary summary = SalesSummary.of(this.today, facts, List.of());

		assertThat(summary.today()).isEqualTo(new SalesSummary.Totals(2, 2, new BigDecimal("10.00")));
		assertThat(summary.last7Days()).isEqualTo(new SalesSummary.Totals(4, 4, new BigDecimal("16.75")));
		assertThat(summary.last30Days()).isEqualTo(new SalesSummary.Totals(9, 9, new BigDecimal("116.76")));
		assertThat(summary.daily()).hasSize(30);
		assertThat(summary.daily().get(0).date()).isEqualTo(this.today.minusDays(29));
		assertThat(summary.daily().get(29).date()).isEqualTo(this.today);
		assertThat(summary.daily().get(28).revenue()).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void noSalesAtAllIsZerosNotNothing() {
		SalesSummary summary = SalesSummary.of(this.today, List.of(), List.of());
		assertThat(summary.last30Days()).isEqualTo(new SalesSummary.Totals(0, 0, new BigDecimal("0.00")));
		assertThat(summary.daily()).hasSize(30).allSatisfy((day) -> assertThat(day.orders()).isZero());
	}

	private SalesSummary.Day day(int daysAgo, int orders, String revenue) {
		return new SalesSummary.Day(this.today.minusDays(daysAgo), orders, orders, new BigDecimal(revenue));
	}

}
