package io.storesphere.analytics.customers.persistence;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer's lifetime value (read side; written by the projection's SQL). */
@Entity
@Table(name = "customer_lifetime_value")
class LifetimeValue {

	@Id
	@Column(name = "user_id")
	private String userId;

	@Column(name = "items_bought")
	private long itemsBought;

	@Column(name = "money_spent", precision = 14, scale = 2)
	private BigDecimal moneySpent;

	@Column(name = "order_count")
	private int orderCount;

	@Column(name = "first_order_at")
	private Instant firstOrderAt;

	@Column(name = "last_order_at")
	private Instant lastOrderAt;

	protected LifetimeValue() {
		// for JPA
	}

}
