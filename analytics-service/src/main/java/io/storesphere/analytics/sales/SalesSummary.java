package io.storesphere.analytics.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The admin dashboard's figures, computed in plain Java from the daily facts: totals for
 * today, the last 7 and the last 30 days, the top products, and a zero-filled daily
 * series to chart.
 *
 * @param today today's orders and revenue (UTC)
 * @param last7Days the last 7 days including today
 * @param last30Days the last 30 days including today
 * @param topProducts best sellers by revenue
 * @param daily one entry per day of the last 30, oldest first, days without sales
 * included
 */
public record SalesSummary(Totals today, Totals last7Days, Totals last30Days, List<TopProduct> topProducts,
		List<Day> daily) {

	static final int SERIES_DAYS = 30;

	static SalesSummary of(LocalDate today, List<Day> facts, List<TopProduct> topProducts) {
		Map<LocalDate, Day> byDate = facts.stream().collect(Collectors.toMap(Day::date, Function.identity()));
		List<Day> series = new ArrayList<>();
		for (LocalDate date = today.minusDays(SERIES_DAYS - 1); !date.isAfter(today); date = date.plusDays(1)) {
			series.add(byDate.getOrDefault(date, new Day(date, 0, 0, new BigDecimal("0.00"))));
		}
		return new SalesSummary(totals(series, 1), totals(series, 7), totals(series, SERIES_DAYS), topProducts, series);
	}

	private static Totals totals(List<Day> series, int days) {
		List<Day> window = series.subList(series.size() - days, series.size());
		return new Totals(window.stream().mapToLong(Day::orders).sum(), window.stream().mapToLong(Day::units).sum(),
				window.stream().map(Day::revenue).reduce(new BigDecimal("0.00"), BigDecimal::add));
	}

	/** Orders, units and revenue over a period. */
	public record Totals(long orders, long units, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue) {

	}

	/** One day's figures. */
	public record Day(LocalDate date, long orders, long units,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue) {

	}

	/** A product's all-time units and revenue (line totals, before tax). */
	public record TopProduct(String productId, String productName, long units,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue) {

	}

}
