package io.storesphere.analytics.sales.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.storesphere.analytics.sales.SalesProjectionStore;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

/**
 * {@link SalesProjectionStore} in MySQL's SQL, each write one atomic statement: counters
 * are added to in the database ({@code x = x + ?}), never read, changed and written back,
 * so concurrent events never lose an update. Upserts use MySQL's
 * {@code INSERT ... ON DUPLICATE KEY UPDATE}, which H2 understands in MySQL mode.
 * {@code @Repository} turns lock conflicts into Spring's transient exceptions, which the
 * listener retries.
 */
@Repository
class MySqlSalesProjectionStore implements SalesProjectionStore {

	private final EntityManager entityManager;

	MySqlSalesProjectionStore(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public boolean markProcessed(String eventId, String eventType, Instant now) {
		return this.entityManager
			.createNativeQuery(
					"INSERT IGNORE INTO processed_events (event_id, event_type, processed_at) VALUES (?, ?, ?)")
			.setParameter(1, eventId)
			.setParameter(2, eventType)
			.setParameter(3, now)
			.executeUpdate() == 1;
	}

	@Override
	public void registerCustomer(String userId, String fullName, String email, Instant registeredAt) {
		this.entityManager
			.createNativeQuery("INSERT INTO customers (user_id, full_name, email, registered_at)"
					+ " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE full_name = VALUES(full_name),"
					+ " email = VALUES(email), registered_at = VALUES(registered_at)")
			.setParameter(1, userId)
			.setParameter(2, fullName)
			.setParameter(3, email)
			.setParameter(4, registeredAt)
			.executeUpdate();
	}

	@Override
	public void knowCustomer(String userId, String fullName, String email) {
		this.entityManager
			.createNativeQuery("INSERT IGNORE INTO customers (user_id, full_name, email) VALUES (?, ?, ?)")
			.setParameter(1, userId)
			.setParameter(2, fullName)
			.setParameter(3, email)
			.executeUpdate();
	}

	@Override
	public boolean recordOrder(String orderId, String userId, Instant placedAt, LocalDate placedOn, int itemCount,
			BigDecimal grandTotal) {
		return this.entityManager
			.createNativeQuery("INSERT IGNORE INTO order_facts (order_id, user_id, placed_at,"
					+ " placed_on, item_count, grand_total, status) VALUES (?, ?, ?, ?, ?, ?, 'PLACED')")
			.setParameter(1, orderId)
			.setParameter(2, userId)
			.setParameter(3, placedAt)
			.setParameter(4, placedOn)
			.setParameter(5, itemCount)
			.setParameter(6, grandTotal)
			.executeUpdate() == 1;
	}

	@Override
	public boolean cancelOrder(String orderId) {
		return this.entityManager
			.createNativeQuery("UPDATE order_facts SET status = 'CANCELLED' WHERE order_id = ? AND status = 'PLACED'")
			.setParameter(1, orderId)
			.executeUpdate() == 1;
	}

	@Override
	public void recordCancelledBeforePlaced(String orderId, String userId) {
		this.entityManager
			.createNativeQuery("INSERT IGNORE INTO order_facts (order_id, user_id, item_count,"
					+ " grand_total, status) VALUES (?, ?, 0, 0, 'CANCELLED')")
			.setParameter(1, orderId)
			.setParameter(2, userId)
			.executeUpdate();
	}

	@Override
	public void addToLifetimeValue(String userId, int items, BigDecimal spent, Instant placedAt) {
		this.entityManager.createNativeQuery("INSERT INTO customer_lifetime_value (user_id, items_bought, money_spent,"
				+ " order_count, first_order_at, last_order_at) VALUES (?, ?, ?, 1, ?, ?)"
				+ " ON DUPLICATE KEY UPDATE items_bought = items_bought + VALUES(items_bought),"
				+ " money_spent = money_spent + VALUES(money_spent), order_count = order_count + 1,"
				+ " first_order_at = LEAST(COALESCE(first_order_at, VALUES(first_order_at)), VALUES(first_order_at)),"
				+ " last_order_at = GREATEST(COALESCE(last_order_at, VALUES(last_order_at)), VALUES(last_order_at))")
			.setParameter(1, userId)
			.setParameter(2, items)
			.setParameter(3, spent)
			.setParameter(4, placedAt)
			.setParameter(5, placedAt)
			.executeUpdate();
	}

	@Override
	public void subtractFromLifetimeValue(String userId, int items, BigDecimal spent) {
		this.entityManager.createNativeQuery("UPDATE customer_lifetime_value SET items_bought = items_bought - ?,"
				+ " money_spent = money_spent - ?, order_count = order_count - 1,"
				+ " first_order_at = (SELECT MIN(o.placed_at) FROM order_facts o WHERE o.user_id = ? AND o.status = 'PLACED'),"
				+ " last_order_at = (SELECT MAX(o.placed_at) FROM order_facts o WHERE o.user_id = ? AND o.status = 'PLACED')"
				+ " WHERE user_id = ?")
			.setParameter(1, items)
			.setParameter(2, spent)
			.setParameter(3, userId)
			.setParameter(4, userId)
			.setParameter(5, userId)
			.executeUpdate();
	}

	@Override
	public void addToProduct(String productId, String productName, int units, BigDecimal revenue) {
		this.entityManager
			.createNativeQuery("INSERT INTO product_sales (product_id, product_name, units, revenue)"
					+ " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE product_name = VALUES(product_name),"
					+ " units = units + VALUES(units), revenue = revenue + VALUES(revenue)")
			.setParameter(1, productId)
			.setParameter(2, productName)
			.setParameter(3, units)
			.setParameter(4, revenue)
			.executeUpdate();
	}

	@Override
	public void addToDay(LocalDate day, int orders, int units, BigDecimal revenue) {
		this.entityManager
			.createNativeQuery("INSERT INTO daily_sales (sales_date, orders, units, revenue)"
					+ " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE orders = orders + VALUES(orders),"
					+ " units = units + VALUES(units), revenue = revenue + VALUES(revenue)")
			.setParameter(1, day)
			.setParameter(2, orders)
			.setParameter(3, units)
			.setParameter(4, revenue)
			.executeUpdate();
	}

	@Override
	public CountedOrder countedOrder(String orderId) {
		Object[] row = (Object[]) this.entityManager
			.createNativeQuery("SELECT item_count, grand_total, placed_on FROM order_facts WHERE order_id = ?")
			.setParameter(1, orderId)
			.getSingleResult();
		return new CountedOrder(((Number) row[0]).intValue(), (BigDecimal) row[1], SqlDates.localDate(row[2]));
	}

}
