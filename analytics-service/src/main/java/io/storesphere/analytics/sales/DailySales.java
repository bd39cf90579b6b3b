package io.storesphere.analytics.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One day's sales (read side; written by the projection's SQL). */
@Entity
@Table(name = "daily_sales")
class DailySales {

	@Id
	@Column(name = "sales_date")
	private LocalDate salesDate;

	private int orders;

	private long units;

	@Column(precision = 14, scale = 2)
	private BigDecimal revenue;

	protected DailySales() {
		// for JPA
	}

	SalesSummary.Day toDay() {
		return new SalesSummary.Day(this.salesDate, this.orders, this.units, this.revenue);
	}

}
