package io.storesphere.analytics.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;

/**
 * What one order adds to the sales figures, free of Spring and JPA. Lines of the same
 * product are merged and sorted by product id, so every transaction touches product rows
 * in the same order (no deadlocks between concurrent orders).
 *
 * @param orderId the order
 * @param userId the customer
 * @param placedAt when it was placed
 * @param itemCount units bought
 * @param grandTotal what the customer paid, tax included: the customer's money spent and
 * the day's revenue
 * @param products units and revenue (line totals, before tax) per product
 */
record OrderFigures(String orderId, String userId, Instant placedAt, int itemCount, BigDecimal grandTotal,
		List<ProductFigures> products) {

	static OrderFigures of(OrderPlaced order) {
		return new OrderFigures(order.orderId(), order.userId(), order.placedAt(), order.itemCount(),
				order.grandTotal(), byProduct(order.lines()));
	}

	/** The sales day, in UTC. */
	LocalDate placedOn() {
		return this.placedAt.atZone(ZoneOffset.UTC).toLocalDate();
	}

	static List<ProductFigures> byProduct(List<OrderLine> lines) {
		Map<String, ProductFigures> merged = new LinkedHashMap<>();
		for (OrderLine line : lines) {
			merged.merge(line.productId(),
					new ProductFigures(line.productId(), line.productName(), line.quantity(), line.lineTotal()),
					ProductFigures::plus);
		}
		return merged.values().stream().sorted(Comparator.comparing(ProductFigures::productId)).toList();
	}

	/** One product's share of an order. */
	record ProductFigures(String productId, String productName, int units, BigDecimal revenue) {

		ProductFigures plus(ProductFigures other) {
			return new ProductFigures(this.productId, this.productName, this.units + other.units,
					this.revenue.add(other.revenue));
		}

	}

}
