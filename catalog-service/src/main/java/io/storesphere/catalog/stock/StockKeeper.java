package io.storesphere.catalog.stock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

	private final int maxProductsPerOrder;

	private final Duration relayAfter;

	StockKeeper(StockLedger ledger, EventPublisher publisher, EventCodec codec, Clock clock, StockRules rules) {
		this.ledger = ledger;
		this.publisher = publisher;
		this.codec = codec;
		this.clock = clock;
		this.maxAttempts = rules.maxAttempts();
		this.maxProductsPerOrder = rules.maxProductsPerOrder();
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
		Optional<Recorded> earlier = this.ledger.recorded(order.orderId());
		if (earlier.isPresent()) {
			if (earlier.get().recordedAt().isBefore(this.clock.instant().minus(this.relayAfter))) {
				publish(earlier.get());
			}
			return;
		}
		Map<String, Integer> demand = StockDeduction.demand(order.lines()
			.stream()
			.map((line) -> new StockDeduction.Line(line.productId(), line.quantity()))
			.toList());
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
				if (attempt >= this.maxAttempts) {
					throw new IllegalStateException("Order " + order.orderId() + " still conflicts after " + attempt
							+ " attempts; leaving it for redelivery", ex);
				}
				backOff(attempt);
			}
		}
	}

	/** Writes the outcome and returns it with the events it owes. */
	private Recorded record(EventEnvelope<OrderPlaced> event, Map<String, Integer> demand) {
		String orderId = event.payload().orderId();
		String sourceEventId = event.eventId().toString();
		Map<String, Level> levels = this.ledger.levels(demand.keySet());
		Instant now = this.clock.instant();
		if (demand.size() > this.maxProductsPerOrder) {
			// More products than one transaction holds: refused whole, so never half
			// applied. The cart's line limit keeps real orders far below this.
			log.warn("Order {} has {} products, more than {} in one transaction; rejecting it", orderId, demand.size(),
					this.maxProductsPerOrder);
			List<StockShortage> all = demand.entrySet()
				.stream()
				.map((line) -> new StockShortage(line.getKey(), line.getValue(), stockOf(levels, line.getKey())))
				.toList();
			List<String> events = encode(event, List.of(new StockRejected(orderId, all)), now);
			this.ledger.reject(orderId, sourceEventId, events, now);
			return new Recorded(orderId, false, events, now);
		}
		Outcome outcome = StockDeduction.decide(demand, levels);
		if (outcome instanceof Committed committed) {
			List<IntegrationEvent> payloads = new ArrayList<>();
			payloads.add(new StockCommitted(orderId));
			for (Deducted alert : committed.alerts()) {
				Level before = alert.before();
				payloads
					.add(new StockLow(before.productId(), before.name(), alert.stockAfter(), before.threshold(), now));
			}
			List<String> events = encode(event, payloads, now);
			this.ledger.commit(orderId, sourceEventId, committed, events, now);
			return new Recorded(orderId, true, events, now);
		}
		List<StockShortage> shortages = ((Rejected) outcome).shortages()
			.stream()
			.map((shortage) -> new StockShortage(shortage.productId(), shortage.requested(), shortage.available()))
			.toList();
		List<String> events = encode(event, List.of(new StockRejected(orderId, shortages)), now);
		this.ledger.reject(orderId, sourceEventId, events, now);
		return new Recorded(orderId, false, events, now);
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

	private static int stockOf(Map<String, Level> levels, String productId) {
		Level level = levels.get(productId);
		return (level != null) ? level.stock() : 0;
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
	 * @param maxProductsPerOrder distinct products one transaction holds
	 * @param relayAfter how old unpublished outcomes are before the relay takes them
	 */
	public record StockRules(int maxAttempts, int maxProductsPerOrder, Duration relayAfter) {

	}

}
