package io.storesphere.catalog.stock;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.storesphere.catalog.stock.OrderProgress.AlreadyRecordedException;
import io.storesphere.catalog.stock.OrderProgress.Decided;
import io.storesphere.catalog.stock.OrderProgress.Recorded;
import io.storesphere.catalog.stock.StockDeduction.Committed;
import io.storesphere.catalog.stock.StockDeduction.Outcome;
import io.storesphere.catalog.stock.StockDeduction.Rejected;
import io.storesphere.catalog.stock.StockLevels.ProductsChangedException;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderPlaced;

/**
 * Applies orders to stock, all lines or none, exactly once per order, and publishes the
 * outcome. An order that fits one transaction is decided here: levels are read, the
 * decision is made in plain Java, and the write succeeds only if no product changed since
 * the read (each line also keeps {@code stock >= quantity}); otherwise it reads again. So
 * every deduction knows the exact level it started from, which is what makes each
 * threshold crossing alert exactly once under any concurrency. Larger orders go to
 * {@link LargeOrderDeduction}. The events to publish are stored with the outcome in the
 * same transaction: publishing after it may fail without losing them, and a redelivery or
 * the relay finishes the job.
 */
public class StockKeeper {

	private final StockLevels stock;

	private final OrderProgress progress;

	private final LargeOrderDeduction largeOrders;

	private final OutcomeEvents events;

	private final OutcomePublisher outcomes;

	private final ConflictRetry retry;

	private final Clock clock;

	private final int maxProductsPerTransaction;

	public StockKeeper(StockLevels stock, OrderProgress progress, OutcomePublisher outcomes, EventCodec codec,
			Clock clock, StockRules rules) {
		this(stock, progress, outcomes, new OutcomeEvents(codec), new ConflictRetry(rules.maxAttempts()), clock, rules);
	}

	/** Both order paths share the events, the retry pacing and the publisher. */
	private StockKeeper(StockLevels stock, OrderProgress progress, OutcomePublisher outcomes, OutcomeEvents events,
			ConflictRetry retry, Clock clock, StockRules rules) {
		this.stock = stock;
		this.progress = progress;
		this.largeOrders = new LargeOrderDeduction(stock, progress, events, outcomes, retry, clock, rules);
		this.events = events;
		this.outcomes = outcomes;
		this.retry = retry;
		this.clock = clock;
		this.maxProductsPerTransaction = rules.maxProductsPerTransaction();
	}

	/**
	 * Applies an order-placed event. A redelivery changes nothing; it may publish what
	 * the first delivery left unpublished.
	 */
	public void apply(EventEnvelope<OrderPlaced> event) {
		OrderPlaced order = event.payload();
		Map<String, Integer> demand = StockDeduction.demand(order.lines()
			.stream()
			.map((line) -> new StockDeduction.Line(line.productId(), line.quantity()))
			.toList());
		Optional<Recorded> earlier = this.progress.recorded(order.orderId());
		if (earlier.isPresent() && earlier.get().state().finished()) {
			this.outcomes.publishIfAbandoned(earlier.get());
			return;
		}
		if (demand.size() > this.maxProductsPerTransaction) {
			this.largeOrders.apply(event, demand);
			return;
		}
		for (int attempt = 1;; attempt++) {
			try {
				this.outcomes.publish(decide(event, demand));
				return;
			}
			catch (AlreadyRecordedException ex) {
				// Another delivery got there first and publishes the outcome.
				return;
			}
			catch (ProductsChangedException ex) {
				this.retry.afterConflict(order.orderId(), attempt, ex);
			}
		}
	}

	/** Writes the outcome and returns it with the events it owes. */
	private Recorded decide(EventEnvelope<OrderPlaced> event, Map<String, Integer> demand) {
		String orderId = event.payload().orderId();
		String sourceEventId = event.eventId().toString();
		Instant now = this.clock.instant();
		Outcome outcome = StockDeduction.decide(demand, this.stock.levels(demand.keySet()));
		if (outcome instanceof Committed committed) {
			List<String> owed = new ArrayList<>();
			owed.add(this.events.committed(event, now));
			owed.addAll(this.events.alerts(event, committed, now));
			this.stock.deduct(committed, new Decided(orderId, sourceEventId, true, owed, now), now);
			return Recorded.finished(orderId, true, owed, now);
		}
		List<String> owed = List.of(this.events.rejected(event, ((Rejected) outcome).shortages(), now));
		this.progress.record(new Decided(orderId, sourceEventId, false, owed, now));
		return Recorded.finished(orderId, false, owed, now);
	}

}
