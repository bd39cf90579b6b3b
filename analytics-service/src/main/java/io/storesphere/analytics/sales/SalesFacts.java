package io.storesphere.analytics.sales;

import java.time.LocalDate;
import java.util.List;

/** The daily and per-product totals the projection keeps, read for the summary. */
public interface SalesFacts {

	/**
	 * @param from the first day, inclusive
	 * @param to the last day, inclusive
	 * @return the days in between that had sales, oldest first
	 */
	List<SalesSummary.Day> daysBetween(LocalDate from, LocalDate to);

	/**
	 * @param limit how many products at most
	 * @return the products with units sold, by revenue (highest first), ties by product
	 * id
	 */
	List<SalesSummary.TopProduct> bestSellers(int limit);

}
