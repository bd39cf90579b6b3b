package io.storesphere.catalog.stock;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.storesphere.catalog.stock.OrderProgress.AlreadyRecordedException;
import io.storesphere.catalog.stock.OrderProgress.LargeOrderFinished;
import io.storesphere.catalog.stock.OrderProgress.LargeOrderStarted;
import io.storesphere.catalog.stock.OrderProgress.PartApplied;
import io.storesphere.catalog.stock.OrderProgress.PartGivenBack;
import io.storesphere.catalog.stock.OrderProgress.ProgressMovedException;
import io.storesphere.catalog.stock.OrderProgress.Recorded;
import io.storesphere.catalog.stock.OrderProgress.UndoStarted;
import io.storesphere.catalog.stock.StockDeduction.Committed;
import io.storesphere.catalog.stock.StockDeduction.Outcome;
import io.storesphere.catalog.stock.StockDeduction.Shortage;
import io.storesphere.catalog.stock.StockLevels.ProductsChangedException;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderPlaced;

/**
 * Applies an order with more products than one transaction holds, in parts of at most
 * {@code max-products-per-transaction}. Each part's deduction and the order's progress
 * are one transaction, so every delivery resumes where another stopped and no part is
 * applied twice. A short part turns the order around: the parts already deducted are
 * given back, last first, and the order is rejected; nothing stays deducted. Alerts are
 * published only once the whole order stands. While a large order is under way, its units
 * are already held, so a concurrent order may be refused for stock that is given back
 * moments later: never an oversell, at worst a cautious refusal.
 */
class LargeOrderDeduction {

	private final StockLevels stock;

	private final OrderProgress progress;

	private final OutcomeEvents events;

	private final OutcomePublisher outcomes;

	private final ConflictRetry retry;

	private final Clock clock;

	private final int maxProductsPerTransaction;

	LargeOrderDeduction(StockLevels stock, OrderProgress progress, OutcomeEvents events, OutcomePublisher outcomes,
			ConflictRetry retry, Clock clock, StockRules rules) {
		this.stock = stock;
		this.progress = progress;
		this.events = events;
		this.outcomes = outcomes;
		this.retry = retry;
		this.clock = clock;
		this.maxProductsPerTransaction = rules.maxProductsPerTransaction();
	}

	/** Takes the order step by step until it is committed or rejected. */
	void apply(EventEnvelope<OrderPlaced> event, Map<String, Integer> demand) {
		LargeOrder order = new LargeOrder(event, demand, StockDeduction.parts(demand, this.maxProductsPerTransaction));
		try {
			this.progress.record(new LargeOrderStarted(order.id(), event.eventId().toString(), this.clock.instant()));
		}
		catch (AlreadyRecordedException ex) {
			// Started by an earlier delivery: resume it.
		}
		for (int attempt = 1;; attempt++) {
			Recorded recorded = this.progress.recorded(order.id()).orElseThrow();
			try {
				if (step(order, recorded, this.clock.instant())) {
					return;
				}
			}
			catch (ProgressMovedException ex) {
				// Another delivery moved it on: read where it stands.
			}
			catch (ProductsChangedException ex) {
				this.retry.afterConflict(order.id(), attempt, ex);
			}
		}
	}

	/** Takes the order one step further; {@code true} once it is finished. */
	private boolean step(LargeOrder order, Recorded recorded, Instant now) {
		int applied = recorded.partsApplied();
		switch (recorded.state()) {
			case APPLYING:
				if (applied == order.parts().size()) {
					List<String> owed = new ArrayList<>();
					owed.add(this.events.committed(order.event(), now));
					owed.addAll(recorded.alerts());
					finish(order, true, owed, now);
					return true;
				}
				applyPart(order, applied, now);
				return false;
			case UNDOING:
				if (applied == 0) {
					finish(order, false, List.of(recorded.rejection()), now);
					return true;
				}
				this.stock.giveBack(order.parts().get(applied - 1), new PartGivenBack(order.id(), applied - 1), now);
				return false;
			default:
				return true;
		}
	}

	/** Deducts part {@code part}, or, if it is short, turns the order towards undoing. */
	private void applyPart(LargeOrder order, int part, Instant now) {
		Map<String, Integer> quantities = order.parts().get(part);
		Outcome outcome = StockDeduction.decide(quantities, this.stock.levels(quantities.keySet()));
		if (outcome instanceof Committed committed) {
			List<String> alerts = this.events.alerts(order.event(), committed, now);
			this.stock.deduct(committed, new PartApplied(order.id(), part, alerts), now);
			return;
		}
		// The rejection names every short line of the whole order, not just this part's.
		List<Shortage> shortages = StockDeduction.shortages(order.parts(), part,
				this.stock.levels(order.demand().keySet()));
		this.progress.record(new UndoStarted(order.id(), part, this.events.rejected(order.event(), shortages, now)));
	}

	private void finish(LargeOrder order, boolean committed, List<String> owed, Instant now) {
		this.progress.record(new LargeOrderFinished(order.id(), committed, owed));
		this.outcomes.publish(Recorded.finished(order.id(), committed, owed, now));
	}

	/** The order, its quantities per product, and the parts it is applied in. */
	private record LargeOrder(EventEnvelope<OrderPlaced> event, Map<String, Integer> demand,
			List<Map<String, Integer>> parts) {

		String id() {
			return this.event.payload().orderId();
		}

	}

}
