package io.storesphere.catalog.stock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what an order does to stock: all of it or nothing. Every line must be covered,
 * otherwise nothing is deducted and the shortages are listed. A product alerts when a
 * deduction takes it from at or above its threshold to below it, and again when it
 * reaches zero (one alert when a single order does both).
 */
public final class StockDeduction {

	private StockDeduction() {
	}

	/** Quantities per product, lines for the same product added up, in order. */
	public static Map<String, Integer> demand(Collection<Line> lines) {
		Map<String, Integer> demand = new LinkedHashMap<>();
		lines.forEach((line) -> demand.merge(line.productId(), line.quantity(), Integer::sum));
		return demand;
	}

	/**
	 * @param demand quantities per product
	 * @param levels current stock of the products that exist, by id
	 */
	public static Outcome decide(Map<String, Integer> demand, Map<String, Level> levels) {
		List<Shortage> shortages = new ArrayList<>();
		List<Deducted> deducted = new ArrayList<>();
		demand.forEach((productId, quantity) -> {
			Level level = levels.get(productId);
			int available = (level != null) ? level.stock() : 0;
			if (available < quantity) {
				shortages.add(new Shortage(productId, quantity, available));
			}
			else {
				deducted.add(new Deducted(level, quantity, level.stock() - quantity));
			}
		});
		if (!shortages.isEmpty()) {
			return new Rejected(List.copyOf(shortages));
		}
		List<Deducted> alerting = deducted.stream().filter(Deducted::alerts).toList();
		return new Committed(List.copyOf(deducted), alerting);
	}

	/**
	 * Splits an order too large for one transaction into parts of at most {@code size}
	 * products, in the demand's order (the same for every delivery of the order).
	 */
	public static List<Map<String, Integer>> parts(Map<String, Integer> demand, int size) {
		List<Map<String, Integer>> parts = new ArrayList<>();
		Map<String, Integer> part = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> line : demand.entrySet()) {
			part.put(line.getKey(), line.getValue());
			if (part.size() == size) {
				parts.add(part);
				part = new LinkedHashMap<>();
			}
		}
		if (!part.isEmpty()) {
			parts.add(part);
		}
		return parts;
	}

	/**
	 * Every line of an order applied in parts that stock does not cover, counting the
	 * units its first {@code partsHeld} parts already hold as available to it.
	 * @param levels current stock of the products that exist, by id
	 */
	public static List<Shortage> shortages(List<Map<String, Integer>> parts, int partsHeld, Map<String, Level> levels) {
		List<Shortage> shortages = new ArrayList<>();
		for (int index = 0; index < parts.size(); index++) {
			boolean held = index < partsHeld;
			parts.get(index).forEach((productId, quantity) -> {
				Level level = levels.get(productId);
				int available = ((level != null) ? level.stock() : 0) + (held ? quantity : 0);
				if (available < quantity) {
					shortages.add(new Shortage(productId, quantity, available));
				}
			});
		}
		return shortages;
	}

	/** Whether going from {@code before} to {@code after} units calls for an alert. */
	public static boolean alerts(int before, int after, int threshold) {
		boolean crossedThreshold = before >= threshold && after < threshold;
		boolean reachedZero = before > 0 && after == 0;
		return crossedThreshold || reachedZero;
	}

	/** One order line. */
	public record Line(String productId, int quantity) {

	}

	/** A product's stock as read, with the version that read saw. */
	public record Level(String productId, String name, int stock, int threshold, long version) {

	}

	/** What the order does. */
	public sealed interface Outcome permits Committed, Rejected {

	}

	/** Every line covered: the new levels, and the products that now alert. */
	public record Committed(List<Deducted> deductions, List<Deducted> alerts) implements Outcome {

	}

	/** At least one line short: nothing changes. */
	public record Rejected(List<Shortage> shortages) implements Outcome {

	}

	/** One product's deduction. */
	public record Deducted(Level before, int quantity, int stockAfter) {

		public boolean alerts() {
			return StockDeduction.alerts(this.before.stock(), this.stockAfter, this.before.threshold());
		}

	}

	/** A line that stock does not cover. */
	public record Shortage(String productId, int requested, int available) {

	}

}
