package io.storesphere.analytics.sales;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One product's sales (read side; written by the projection's SQL). */
@Entity
@Table(name = "product_sales")
class ProductSales {

	@Id
	@Column(name = "product_id")
	private String productId;

	@Column(name = "product_name")
	private String productName;

	private long units;

	@Column(precision = 14, scale = 2)
	private BigDecimal revenue;

	protected ProductSales() {
		// for JPA
	}

	SalesSummary.TopProduct toTopProduct() {
		return new SalesSummary.TopProduct(this.productId, this.productName, this.units, this.revenue);
	}

}
