package io.storesphere.catalog.stock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import io.storesphere.catalog.stock.StockDeduction.Committed;
import io.storesphere.catalog.stock.StockDeduction.Deducted;
import io.storesphere.catalog.stock.StockDeduction.Level;
import io.storesphere.catalog.stock.StockDeduction.Outcome;
import io.storesphere.catalog.stock.StockDeduction.Rejected;
import io.storesphere.catalog.stock.StockLedger.AlreadyRecordedException;
import io.storesphere.catalog.stock.StockLedger.ProgressMovedException;
import io.storesphere.catalog.stock.StockLedger.ProductsChangedException;
import io.storesphere.catalog.stock.StockLedger.Recorded;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.IntegrationEvent;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.StockCommitted;
import io.storesphere.events.StockLow;
import io.storesphere.events.StockRejected;
import io.storesphere.events.StockShortage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Applies orders to stock, all lines or none, exactly once per order, and publishes the
 * outcome. Levels are read, the decision is made in plain Java, and the write succeeds
 * only if no product changed since the read (each line also keeps {@code stock >=
 * quantity}); otherwise it reads again. So every deduction knows the exact level it
 * started from, which is what makes each threshold crossing alert exactly once under any
 * concurrency. The events to publish are stored with the outcome in the same transaction:
 * publishing after it may fail without losing them, and a redelivery or the relay
 * finishes the job.
 */
@Service
public class StockKeeper {

	static final String PRODUCER = "catalog-service";

	private static final Logger log = LoggerFactory.getLogger(StockKeeper.class);

	private static final int RELAY_BATCH = 50;

	private final StockLedger ledger;

	private final EventPublisher publisher;

	private final EventCodec codec;

	private final Clock clock;

	private final int maxAttempts;

	private final int maxProductsPerTransaction;

	private final Duration relayAfter;

	StockKeeper(StockLedger ledger, EventPublisher publisher, EventCodec codec, Clock clock, StockRules rules) {
		this.ledger = ledger;
		this.publisher = publisher;
		this.codec = codec;
		this.clock = clock;
		this.maxAttempts = rules.maxAttempts();
		this.maxProductsPerTransaction = rules.maxProductsPerTransaction();
		this.relayAfter = rules.relayAfter();
	}

	/**
	 * Applies an order-placed event. A redelivery changes nothing; it publishes only what
	 * the first delivery left unpublished for longer than the relay waits (its publisher
	 * likely died), so a duplicate arriving while the first is still publishing adds
	 * nothing.
	 */
	public void apply(EventEnvelope<OrderPlaced> event) {
		OrderPlaced order = event.payload();
		Map<String, Integer> demand = StockDeduction.demand(order.lines()
			.stream()
			.map((line) -> new StockDeduction.Line(line.productId(), line.quantity()))
			.toList());
		Optional<Recorded> earlier = this.ledger.recorded(order.orderId());
		if (earlier.isPresent() && earlier.get().state().finished()) {
			if (earlier.get().recordedAt().isBefore(this.clock.instant().minus(this.relayAfter))) {
				publish(earlier.get());
			}
			return;
		}
		if (demand.size() > this.maxProductsPerTransaction) {
			new LargeOrder(event, demand).apply();
			return;
		}
		for (int attempt = 1;; attempt++) {
			try {
				publish(record(event, demand));
				return;
			}
			catch (AlreadyRecordedException ex) {
				// Another delivery got there first and publishes the outcome.
				return;
			}
			catch (ProductsChangedException ex) {
				retryLater(order.orderId(), attempt, ex);
			}
		}
	}

	/** Writes the outcome and returns it with the events it owes. */
	private Recorded record(EventEnvelope<OrderPlaced> event, Map<String, Integer> demand) {
		String orderId = event.payload().orderId();
		String sourceEventId = event.eventId().toString();
		Instant now = this.clock.instant();
		Outcome outcome = StockDeduction.decide(demand, this.ledger.levels(demand.keySet()));
		if (outcome instanceof Committed committed) {
			List<String> events = new ArrayList<>(encode(event, List.of(new StockCommitted(orderId)), now));
			events.addAll(alerts(event, committed, now));
			this.ledger.commit(orderId, sourceEventId, committed, events, now);
			return Recorded.finished(orderId, true, events, now);
		}
		List<String> events = encode(event, List.of(rejection(orderId, ((Rejected) outcome).shortages())), now);
		this.ledger.reject(orderId, sourceEventId, events, now);
		return Recorded.finished(orderId, false, events, now);
	}

	private List<String> alerts(EventEnvelope<OrderPlaced> event, Committed committed, Instant now) {
		List<IntegrationEvent> alerts = new ArrayList<>();
		for (Deducted alert : committed.alerts()) {
			Level before = alert.before();
			alerts.add(new StockLow(before.productId(), before.name(), alert.stockAfter(), before.threshold(), now));
		}
		return encode(event, alerts, now);
	}

	private static StockRejected rejection(String orderId, List<StockDeduction.Shortage> shortages) {
		return new StockRejected(orderId, shortages.stream()
			.map((shortage) -> new StockShortage(shortage.productId(), shortage.requested(), shortage.available()))
			.toList());
	}

	private void retryLater(String orderId, int attempt, RuntimeException conflict) {
		if (attempt >= this.maxAttempts) {
			throw new IllegalStateException(
					"Order " + orderId + " still conflicts after " + attempt + " attempts; leaving it for redelivery",
					conflict);
		}
		backOff(attempt);
	}

	/**
	 * An order with more products than one transaction holds, applied in parts of at most
	 * {@code max-products-per-transaction}. Each part's deduction and the order's
	 * progress are one transaction, so every delivery can resume where another stopped. A
	 * short part turns the order around: the parts already deducted are given back, last
	 * first, and the order is rejected; nothing stays deducted. Alerts are published only
	 * once the whole order stands. While a large order is under way, its units are
	 * already held, so a concurrent order may be refused for stock that is given back
	 * moments later: never an oversell, at worst a cautious refusal.
	 */
	private final class LargeOrder {

		private final EventEnvelope<OrderPlaced> event;

		private final String orderId;

		private final Map<String, Integer> demand;

		private final List<Map<String, Integer>> parts;

		LargeOrder(EventEnvelope<OrderPlaced> event, Map<String, Integer> demand) {
			this.event = event;
			this.orderId = event.payload().orderId();
			this.demand = demand;
			this.parts = parts(demand, StockKeeper.this.maxProductsPerTransaction);
		}

		void apply() {
			try {
				StockKeeper.this.ledger.begin(this.orderId, this.event.eventId().toString(),
						StockKeeper.this.clock.instant());
			}
			catch (AlreadyRecordedException ex) {
				// Started by an earlier delivery: resume it.
			}
			for (int attempt = 1;; attempt++) {
				Recorded recorded = StockKeeper.this.ledger.recorded(this.orderId).orElseThrow();
				try {
					if (step(recorded)) {
						return;
					}
				}
				catch (ProgressMovedException ex) {
					// Another delivery moved it on: read where it stands.
				}
				catch (ProductsChangedException ex) {
					retryLater(this.orderId, attempt, ex);
				}
			}
		}

		/** Takes the order one step further; {@code true} once it is finished. */
		private boolean step(Recorded recorded) {
			Instant now = StockKeeper.this.clock.instant();
			int applied = recorded.partsApplied();
			switch (recorded.state()) {
				case APPLYING:
					if (applied == this.parts.size()) {
						List<String> events = new ArrayList<>(
								encode(this.event, List.of(new StockCommitted(this.orderId)), now));
						events.addAll(recorded.alerts());
						StockKeeper.this.ledger.finish(this.orderId, true, events, now);
						publish(Recorded.finished(this.orderId, true, events, now));
						return true;
					}
					Map<String, Integer> part = this.parts.get(applied);
					Outcome outcome = StockDeduction.decide(part, StockKeeper.this.ledger.levels(part.keySet()));
					if (outcome instanceof Committed committed) {
						StockKeeper.this.ledger.applyPart(this.orderId, applied, committed,
								alerts(this.event, committed, now), now);
					}
					else {
						StockKeeper.this.ledger.startUndoing(this.orderId, applied,
								encode(this.event, List.of(rejection(this.orderId, shortages())), now).get(0));
					}
					return false;
				case UNDOING:
					if (applied == 0) {
						List<String> events = List.of(recorded.rejection());
						StockKeeper.this.ledger.finish(this.orderId, false, events, now);
						publish(Recorded.finished(this.orderId, false, events, now));
						return true;
					}
					StockKeeper.this.ledger.undoPart(this.orderId, applied - 1, this.parts.get(applied - 1), now);
					return false;
				default:
					return true;
			}
		}

		/**
		 * Every line the order lacks stock for, counting what its own applied parts hold.
		 */
		private List<StockDeduction.Shortage> shortages() {
			Map<String, Level> levels = StockKeeper.this.ledger.levels(this.demand.keySet());
			List<StockDeduction.Shortage> shortages = new ArrayList<>();
			Recorded recorded = StockKeeper.this.ledger.recorded(this.orderId).orElseThrow();
			for (int index = 0; index < this.parts.size(); index++) {
				boolean held = index < recorded.partsApplied();
				this.parts.get(index).forEach((productId, quantity) -> {
					Level level = levels.get(productId);
					int available = ((level != null) ? level.stock() : 0) + (held ? quantity : 0);
					if (available < quantity) {
						shortages.add(new StockDeduction.Shortage(productId, quantity, available));
					}
				});
			}
			return shortages;
		}

		private static List<Map<String, Integer>> parts(Map<String, Integer> demand, int size) {
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

	}

	/** Publishes what applied orders still owe, oldest first (the relay). */
	public int relay() {
		List<Recorded> pending = this.ledger.unpublishedBefore(this.clock.instant().minus(this.relayAfter),
				RELAY_BATCH);
		int published = 0;
		for (Recorded recorded : pending) {
			if (publish(recorded)) {
				published++;
			}
		}
		return published;
	}

	private boolean publish(Recorded recorded) {
		if (recorded.unpublished().isEmpty()) {
			return true;
		}
		try {
			for (String body : recorded.unpublished()) {
				this.publisher.publish(this.codec.decode(body).eventType(), body);
			}
		}
		catch (RuntimeException ex) {
			// Stored with the outcome: the relay publishes them later. Consumers dedupe
			// on the event id, so a partial publish repeated is harmless.
			log.warn("Could not publish the outcome of order {} yet; the relay will retry: {}", recorded.orderId(),
					ex.toString());
			return false;
		}
		this.ledger.published(recorded.orderId());
		return true;
	}

	private List<String> encode(EventEnvelope<OrderPlaced> cause, List<IntegrationEvent> events, Instant now) {
		return events.stream()
			.map((payload) -> this.codec.encode(EventEnvelope.wrap(payload, PRODUCER, cause.correlationId(), now)))
			.collect(Collectors.toList());
	}

	private static void backOff(int attempt) {
		long ceiling = Math.min(200, 5L << Math.min(attempt, 6));
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying", ex);
		}
	}

	/**
	 * How orders are applied.
	 *
	 * @param maxAttempts tries before the message is left for redelivery
	 * @param maxProductsPerTransaction distinct products one transaction holds
	 * @param relayAfter how old unpublished outcomes are before the relay takes them
	 */
	public record StockRules(int maxAttempts, int maxProductsPerTransaction, Duration relayAfter) {

	}

}
