package io.storesphere.catalog.stock;

import java.util.List;
import java.util.Map;

import io.storesphere.catalog.stock.StockDeduction.Committed;
import io.storesphere.catalog.stock.StockDeduction.Level;
import io.storesphere.catalog.stock.StockDeduction.Line;
import io.storesphere.catalog.stock.StockDeduction.Outcome;
import io.storesphere.catalog.stock.StockDeduction.Rejected;
import io.storesphere.catalog.stock.StockDeduction.Shortage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StockDeductionTest {

	private static final Level MUG = new Level("mug", "Mug", 10, 5, 3);

	private static final Level LAMP = new Level("lamp", "Lamp", 2, 15, 7);

	@Test
	void everyLineCoveredDeductsEveryLine() {
		Outcome outcome = StockDeduction.decide(Map.of("mug", 4, "lamp", 2), Map.of("mug", MUG, "lamp", LAMP));

		Committed committed = (Committed) outcome;
		assertThat(committed.deductions()).extracting((line) -> line.before().productId() + "=" + line.stockAfter())
			.containsExactlyInAnyOrder("mug=6", "lamp=0");
	}

	@Test
	void oneShortLineRejectsTheWholeOrderAndNamesEveryShortage() {
		Outcome outcome = StockDeduction.decide(Map.of("mug", 4, "lamp", 3, "gone", 1),
				Map.of("mug", MUG, "lamp", LAMP));

		assertThat(((Rejected) outcome).shortages()).containsExactlyInAnyOrder(new Shortage("lamp", 3, 2),
				new Shortage("gone", 1, 0));
	}

	@Test
	void linesForTheSameProductAreAddedUp() {
		Map<String, Integer> demand = StockDeduction
			.demand(List.of(new Line("mug", 6), new Line("lamp", 1), new Line("mug", 5)));

		assertThat(demand).containsExactly(Map.entry("mug", 11), Map.entry("lamp", 1));
		assertThat(StockDeduction.decide(demand, Map.of("mug", MUG, "lamp", LAMP))).isInstanceOf(Rejected.class);
	}

	@Test
	void alertsWhenCrossingTheThresholdAndWhenReachingZeroOnly() {
		assertThat(StockDeduction.alerts(6, 5, 5)).as("still at the threshold").isFalse();
		assertThat(StockDeduction.alerts(5, 4, 5)).as("from at the threshold to below").isTrue();
		assertThat(StockDeduction.alerts(4, 3, 5)).as("already below").isFalse();
		assertThat(StockDeduction.alerts(1, 0, 5)).as("reaching zero").isTrue();
		assertThat(StockDeduction.alerts(9, 0, 5)).as("both at once: one alert").isTrue();
		assertThat(StockDeduction.alerts(0, 0, 5)).isFalse();
	}

	@Test
	void onlyDeductionsThatAlertAreListedAsAlerts() {
		Committed committed = (Committed) StockDeduction.decide(Map.of("mug", 6, "lamp", 1),
				Map.of("mug", MUG, "lamp", LAMP));

		assertThat(committed.alerts()).extracting((alert) -> alert.before().productId()).containsExactly("mug");
	}

	@Test
	void aLargeOrderIsSplitIntoPartsInItsOwnOrder() {
		Map<String, Integer> demand = StockDeduction
			.demand(List.of(new Line("a", 1), new Line("b", 2), new Line("c", 3), new Line("d", 4), new Line("e", 5)));

		assertThat(StockDeduction.parts(demand, 2)).containsExactly(Map.of("a", 1, "b", 2), Map.of("c", 3, "d", 4),
				Map.of("e", 5));
		assertThat(StockDeduction.parts(demand, 5)).containsExactly(demand);
	}

	@Test
	void aLargeOrdersShortagesCountWhatItsAppliedPartsAlreadyHold() {
		List<Map<String, Integer>> parts = List.of(Map.of("mug", 4), Map.of("lamp", 3, "gone", 1));
		// The first part is applied: the mug's 3 units left plus the 4 it took are there
		// for it.
		Map<String, Level> levels = Map.of("mug", new Level("mug", "Mug", 3, 5, 4), "lamp", LAMP);

		assertThat(StockDeduction.shortages(parts, 1, levels)).containsExactlyInAnyOrder(new Shortage("lamp", 3, 2),
				new Shortage("gone", 1, 0));
		assertThat(StockDeduction.shortages(parts, 0, levels)).containsExactlyInAnyOrder(new Shortage("mug", 4, 3),
				new Shortage("lamp", 3, 2), new Shortage("gone", 1, 0));
	}

}
