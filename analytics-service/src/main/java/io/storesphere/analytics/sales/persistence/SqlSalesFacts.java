package io.storesphere.analytics.sales.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.storesphere.analytics.sales.SalesFacts;
import io.storesphere.analytics.sales.SalesSummary.Day;
import io.storesphere.analytics.sales.SalesSummary.TopProduct;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

/**
 * {@link SalesFacts} read in SQL straight into the summary's records, from the tables
 * {@link MySqlSalesProjectionStore} keeps.
 */
@Repository
class SqlSalesFacts implements SalesFacts {

	private final EntityManager entityManager;

	SqlSalesFacts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Day> daysBetween(LocalDate from, LocalDate to) {
		List<?> rows = this.entityManager
			.createNativeQuery("SELECT sales_date, orders, units, revenue FROM daily_sales"
					+ " WHERE sales_date BETWEEN ? AND ? ORDER BY sales_date")
			.setParameter(1, from)
			.setParameter(2, to)
			.getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map((row) -> new Day(SqlDates.localDate(row[0]), ((Number) row[1]).longValue(),
					((Number) row[2]).longValue(), (BigDecimal) row[3]))
			.toList();
	}

	@Override
	public List<TopProduct> bestSellers(int limit) {
		List<?> rows = this.entityManager
			.createNativeQuery("SELECT product_id, product_name, units, revenue FROM product_sales"
					+ " WHERE units > 0 ORDER BY revenue DESC, product_id ASC")
			.setMaxResults(limit)
			.getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map((row) -> new TopProduct((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
					(BigDecimal) row[3]))
			.toList();
	}

}
