package io.storesphere.catalog.stock;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import io.storesphere.catalog.stock.StockDeduction.Committed;
import io.storesphere.catalog.stock.StockDeduction.Deducted;
import io.storesphere.catalog.stock.StockDeduction.Level;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.IntegrationEvent;
import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.PaymentSummary;
import io.storesphere.events.StockCommitted;
import io.storesphere.events.StockLow;
import io.storesphere.events.StockRejected;
import io.storesphere.events.StockShortage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts path against in-memory ports that keep the adapters' conditions, in
 * milliseconds; {@code LargeOrderIT} runs it against DynamoDB.
 */
class LargeOrderDeductionTest {

	private static final EventCodec CODEC = new EventCodec();

	private final InMemoryStore store = new InMemoryStore();

	private final List<IntegrationEvent> published = new ArrayList<>();

	private final LargeOrderDeduction largeOrders;

	LargeOrderDeductionTest() {
		Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
		StockRules rules = new StockRules(5, 4, Duration.ofSeconds(5));
		EventPublisher publisher = (eventType, body) -> this.published.add(CODEC.decode(body).payload());
		this.largeOrders = new LargeOrderDeduction(this.store, this.store, new OutcomeEvents(CODEC),
				new OutcomePublisher(this.store, publisher, CODEC, clock, rules), new ConflictRetry(5), clock, rules);
	}

	@Test
	void tenProductsAreDeductedInThreePartsAndAnsweredOnceWithTheirAlerts() {
		IntStream.range(0, 9).forEach((i) -> this.store.stock("p" + i, 5, 0));
		this.store.stock("alerting", 5, 4);
		EventEnvelope<OrderPlaced> order = order(2, "p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "alerting");

		apply(order);
		apply(order);

		assertThat(this.store.levels.values()).extracting(Level::stock).containsOnly(3);
		assertThat(this.published).containsExactly(new StockCommitted("order-1"),
				new StockLow("alerting", "alerting", 3, 4, Instant.parse("2026-11-30T12:00:00Z")));
	}

	@Test
	void aShortLineInTheLastPartGivesBackEveryEarlierPartAndRejectsWithoutAlerts() {
		IntStream.range(0, 8).forEach((i) -> this.store.stock("p" + i, 5, 5));
		this.store.stock("scarce", 1, 0);
		EventEnvelope<OrderPlaced> order = order(2, "p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "scarce");

		apply(order);

		assertThat(this.store.levels.get("p0").stock()).isEqualTo(5);
		assertThat(this.store.levels.values()).filteredOn((level) -> !level.productId().equals("scarce"))
			.extracting(Level::stock)
			.containsOnly(5);
		assertThat(this.published)
			.containsExactly(new StockRejected("order-1", List.of(new StockShortage("scarce", 2, 1))));
	}

	@Test
	void aDeliveryResumesWhereAnEarlierOneStopped() {
		IntStream.range(0, 6).forEach((i) -> this.store.stock("p" + i, 5, 0));
		EventEnvelope<OrderPlaced> order = order(1, "p0", "p1", "p2", "p3", "p4", "p5");
		// An earlier delivery applied the first part, then died.
		this.store.record(new OrderProgress.LargeOrderStarted("order-1", "earlier", Instant.EPOCH));
		Committed firstPart = (Committed) StockDeduction.decide(Map.of("p0", 1, "p1", 1, "p2", 1, "p3", 1),
				this.store.levels(List.of("p0", "p1", "p2", "p3")));
		this.store.deduct(firstPart, new OrderProgress.PartApplied("order-1", 0, List.of()), Instant.EPOCH);

		apply(order);

		assertThat(this.store.levels.values()).extracting(Level::stock).containsOnly(4);
		assertThat(this.published).containsExactly(new StockCommitted("order-1"));
	}

	private void apply(EventEnvelope<OrderPlaced> order) {
		this.largeOrders.apply(order,
				StockDeduction.demand(order.payload()
					.lines()
					.stream()
					.map((line) -> new StockDeduction.Line(line.productId(), line.quantity()))
					.toList()));
	}

	private static EventEnvelope<OrderPlaced> order(int quantity, String... productIds) {
		List<OrderLine> lines = List.of(productIds)
			.stream()
			.map((id) -> new OrderLine(id, id, BigDecimal.ONE, quantity, BigDecimal.valueOf(quantity)))
			.toList();
		BigDecimal total = BigDecimal.valueOf((long) quantity * productIds.length);
		return EventEnvelope.wrap(
				new OrderPlaced("order-1", "SS-1", "user-1", "Ada Lovelace", "ada@example.com", lines,
						quantity * productIds.length, total, BigDecimal.ZERO, BigDecimal.ZERO, total, "USD",
						new PaymentSummary("pay-1", "VISA", "4242"), Instant.EPOCH),
				"checkout-service", "order-1", Instant.EPOCH);
	}

	/**
	 * Both ports in memory, each change held to the condition the DynamoDB adapters
	 * write.
	 */
	private static final class InMemoryStore implements StockLevels, OrderProgress {

		private final Map<String, Level> levels = new LinkedHashMap<>();

		private final Map<String, Recorded> records = new HashMap<>();

		void stock(String productId, int stock, int threshold) {
			this.levels.put(productId, new Level(productId, productId, stock, threshold, 1));
		}

		@Override
		public Map<String, Level> levels(Collection<String> productIds) {
			Map<String, Level> found = new LinkedHashMap<>();
			productIds.stream().filter(this.levels::containsKey).forEach((id) -> found.put(id, this.levels.get(id)));
			return found;
		}

		@Override
		public void deduct(Committed decision, Change change, Instant now) {
			for (Deducted line : decision.deductions()) {
				Level current = this.levels.get(line.before().productId());
				if (current == null || current.version() != line.before().version()
						|| current.stock() < line.quantity()) {
					throw new ProductsChangedException(change.orderId());
				}
			}
			Recorded next = changed(change);
			decision.deductions().forEach((line) -> add(line.before().productId(), -line.quantity()));
			this.records.put(change.orderId(), next);
		}

		@Override
		public void giveBack(Map<String, Integer> quantities, Change change, Instant now) {
			Recorded next = changed(change);
			levels(quantities.keySet()).keySet().forEach((id) -> add(id, quantities.get(id)));
			this.records.put(change.orderId(), next);
		}

		@Override
		public Optional<Recorded> recorded(String orderId) {
			return Optional.ofNullable(this.records.get(orderId));
		}

		@Override
		public void record(Change change) {
			this.records.put(change.orderId(), changed(change));
		}

		@Override
		public void published(String orderId) {
			Recorded r = this.records.get(orderId);
			this.records.put(orderId, new Recorded(orderId, r.state(), List.of(), r.recordedAt(), r.partsApplied(),
					r.alerts(), r.rejection()));
		}

		@Override
		public List<Recorded> unpublishedBefore(Instant cutoff, int limit) {
			return List.of();
		}

		private void add(String productId, int units) {
			Level l = this.levels.get(productId);
			this.levels.put(productId,
					new Level(productId, l.name(), l.stock() + units, l.threshold(), l.version() + 1));
		}

		/** The record after {@code change}, if its condition holds. */
		private Recorded changed(Change change) {
			Recorded r = this.records.get(change.orderId());
			if (change instanceof Decided || change instanceof LargeOrderStarted) {
				if (r != null) {
					throw new AlreadyRecordedException(change.orderId());
				}
				return (change instanceof Decided decided)
						? Recorded.finished(decided.orderId(), decided.committed(), decided.events(), decided.at())
						: new Recorded(change.orderId(), State.APPLYING, List.of(), Instant.EPOCH, 0, List.of(), null);
			}
			if (change instanceof PartApplied applied && r.state() == State.APPLYING
					&& r.partsApplied() == applied.part()) {
				List<String> alerts = new ArrayList<>(r.alerts());
				alerts.addAll(applied.alerts());
				return new Recorded(r.orderId(), r.state(), r.unpublished(), r.recordedAt(), applied.part() + 1, alerts,
						null);
			}
			if (change instanceof UndoStarted undo && r.state() == State.APPLYING
					&& r.partsApplied() == undo.partsApplied()) {
				return new Recorded(r.orderId(), State.UNDOING, r.unpublished(), r.recordedAt(), r.partsApplied(),
						r.alerts(), undo.rejection());
			}
			if (change instanceof PartGivenBack givenBack && r.state() == State.UNDOING
					&& r.partsApplied() == givenBack.part() + 1) {
				return new Recorded(r.orderId(), r.state(), r.unpublished(), r.recordedAt(), givenBack.part(),
						r.alerts(), r.rejection());
			}
			if (change instanceof LargeOrderFinished finished && !r.state().finished()) {
				return new Recorded(r.orderId(), finished.committed() ? State.COMMITTED : State.REJECTED,
						finished.events(), r.recordedAt(), r.partsApplied(), List.of(), null);
			}
			throw new ProgressMovedException(change.orderId());
		}

	}

}
