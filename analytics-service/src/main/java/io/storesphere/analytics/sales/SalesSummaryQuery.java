package io.storesphere.analytics.sales;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the facts behind {@link SalesSummary}. */
@Service
public class SalesSummaryQuery {

	static final int TOP_PRODUCTS = 5;

	private final DailySalesRepository days;

	private final ProductSalesRepository products;

	private final Clock clock;

	SalesSummaryQuery(DailySalesRepository days, ProductSalesRepository products, Clock clock) {
		this.days = days;
		this.products = products;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SalesSummary current() {
		LocalDate today = this.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
		return SalesSummary.of(today,
				this.days.findBySalesDateBetweenOrderBySalesDate(today.minusDays(SalesSummary.SERIES_DAYS - 1), today)
					.stream()
					.map(DailySales::toDay)
					.toList(),
				this.products.findByUnitsGreaterThanOrderByRevenueDescProductIdAsc(0, Limit.of(TOP_PRODUCTS))
					.stream()
					.map(ProductSales::toTopProduct)
					.toList());
	}

}
