package io.storesphere.checkout.saga;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.storesphere.checkout.order.DomainEvents;
import io.storesphere.checkout.order.Inbox;
import io.storesphere.checkout.order.Order;
import io.storesphere.checkout.order.OrderEvents;
import io.storesphere.checkout.order.OrderEventsWritten;
import io.storesphere.checkout.order.OrderLine;
import io.storesphere.checkout.order.OrderQueries;
import io.storesphere.checkout.order.Orders;
import io.storesphere.checkout.payment.Payments;
import io.storesphere.checkout.payment.RefundReceipt;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.StockCommitted;
import io.storesphere.events.StockRejected;
import io.storesphere.events.StockShortage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkout's side of the stock saga: stock committed confirms the order; stock rejected
 * cancels it, refunds its payment (recorded on the order) and publishes order-cancelled
 * through the outbox. Each event is handled once (the inbox remembers its id, in the same
 * write as the order's change), and {@link SagaRules} make late or contradicting answers
 * harmless.
 */
public class OrderSaga {

	private static final Logger log = LoggerFactory.getLogger(OrderSaga.class);

	private static final int ATTEMPTS = 5;

	private final Orders orders;

	private final OrderQueries queries;

	private final Inbox inbox;

	private final Payments payments;

	private final DomainEvents domainEvents;

	private final Clock clock;

	private final MeterRegistry meters;

	public OrderSaga(Orders orders, OrderQueries queries, Inbox inbox, Payments payments, DomainEvents domainEvents,
			Clock clock, MeterRegistry meters) {
		this.orders = orders;
		this.queries = queries;
		this.inbox = inbox;
		this.payments = payments;
		this.domainEvents = domainEvents;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Handles one event from catalog; other events are not the saga's and are ignored.
	 */
	public void handle(EventEnvelope<?> event) {
		if (event.payload() instanceof StockCommitted committed) {
			apply(event, committed.orderId(), (order) -> SagaRules.onStockCommitted(order.status()), List.of());
		}
		else if (event.payload() instanceof StockRejected rejected) {
			apply(event, rejected.orderId(), (order) -> SagaRules.onStockRejected(order.status()),
					rejected.shortages());
		}
		else {
			log.debug("Ignoring {} {}", event.eventType(), event.eventId());
		}
	}

	private void apply(EventEnvelope<?> event, String orderId, Function<Order, SagaRules.Decision> rule,
			List<StockShortage> shortages) {
		for (int attempt = 1;; attempt++) {
			if (this.inbox.isProcessed(event)) {
				log.debug("{} {} was handled before", event.eventType(), event.eventId());
				return;
			}
			Optional<Order> found = this.queries.find(orderId);
			if (found.isEmpty()) {
				log.warn("{} {} names order {}, which does not exist here; ignored", event.eventType(), event.eventId(),
						orderId);
				this.inbox.markProcessed(event);
				return;
			}
			Order order = found.get();
			SagaRules.Decision decision = rule.apply(order);
			try {
				switch (decision.step()) {
					case CONFIRM:
						this.orders.update(order.confirm(now()), List.of(), event);
						log.info("Order {} confirmed: {}", orderId, decision.why());
						return;
					case CANCEL:
						cancel(order, shortages, event);
						return;
					default:
						log.info("{} for order {} changes nothing: {}", event.eventType(), orderId, decision.why());
						this.inbox.markProcessed(event);
						return;
				}
			}
			catch (Orders.AlreadyProcessed duplicate) {
				return;
			}
			catch (Orders.ConcurrentUpdate conflict) {
				if (attempt == ATTEMPTS) {
					throw conflict;
				}
				log.debug("Order {} changed meanwhile; reading it again", orderId);
			}
		}
	}

	private void cancel(Order order, List<StockShortage> shortages, EventEnvelope<?> event) {
		Map<String, String> names = order.lines()
			.stream()
			.collect(Collectors.toMap(OrderLine::productId, OrderLine::productName, (a, b) -> a));
		// The simulator gives the same refund for the same charge, so a retry after a
		// failed write refunds nothing twice.
		RefundReceipt receipt = this.payments.refund(order.payment().reference(), order.grandTotal());
		Order cancelled = order.cancel(SagaRules.cancellationReason(shortages, names),
				new Order.Refund(receipt.reference(), receipt.amount(), receipt.refundedAt()), now());
		this.orders.update(cancelled, List.of(OrderEvents.cancelled(cancelled)), event);
		this.meters.counter("storesphere.checkout.payments", "outcome", "refunded").increment();
		log.info("Order {} cancelled, {} {} refunded as {}", order.id(), receipt.amount(), order.currency(),
				receipt.reference());
		this.domainEvents.publish(new OrderEventsWritten(order.id()));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
