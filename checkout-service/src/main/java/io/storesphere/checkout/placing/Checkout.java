package io.storesphere.checkout.placing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.storesphere.checkout.idempotency.IdempotencyConflict;
import io.storesphere.checkout.idempotency.IdempotencyKey;
import io.storesphere.checkout.idempotency.IdempotencyKeys;
import io.storesphere.checkout.idempotency.IdempotencyKeys.KeyRecord;
import io.storesphere.checkout.idempotency.RequestFingerprint;
import io.storesphere.checkout.order.Customer;
import io.storesphere.checkout.order.DomainEvents;
import io.storesphere.checkout.order.Order;
import io.storesphere.checkout.order.OrderEvents;
import io.storesphere.checkout.order.OrderEventsWritten;
import io.storesphere.checkout.order.OrderQueries;
import io.storesphere.checkout.order.Orders;
import io.storesphere.checkout.order.Quote;
import io.storesphere.checkout.payment.CardDetails;
import io.storesphere.checkout.payment.Charge;
import io.storesphere.checkout.payment.PaymentDeclined;
import io.storesphere.checkout.payment.Payments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places an order: claims the idempotency key, reads the cart and catalog's prices and
 * stock, refuses what cannot be bought, charges the card, stores the order as PLACED
 * together with its order-placed event and completes the key in one write, then hands the
 * event to the outbox publisher. Whatever fails before the write leaves nothing charged
 * (a charge is refunded) and nothing stored, and gives the key back.
 */
public class Checkout {

	private static final Logger log = LoggerFactory.getLogger(Checkout.class);

	private static final Duration POLL = Duration.ofMillis(100);

	private final ShoppingCart cart;

	private final PriceList priceList;

	private final Payments payments;

	private final Orders orders;

	private final OrderQueries queries;

	private final IdempotencyKeys keys;

	private final DomainEvents domainEvents;

	private final Pricing pricing;

	private final OrderNumbers orderNumbers;

	private final Clock clock;

	private final Duration inFlightWait;

	private final MeterRegistry meters;

	/**
	 * @param inFlightWait how long a request waits for another one with the same key to
	 * finish before giving up with {@link IdempotencyConflict.KeyInUse}
	 */
	public Checkout(ShoppingCart cart, PriceList priceList, Payments payments, Orders orders, OrderQueries queries,
			IdempotencyKeys keys, DomainEvents domainEvents, Pricing pricing, OrderNumbers orderNumbers,
			Duration inFlightWait, Clock clock, MeterRegistry meters) {
		this.cart = cart;
		this.priceList = priceList;
		this.payments = payments;
		this.orders = orders;
		this.queries = queries;
		this.keys = keys;
		this.domainEvents = domainEvents;
		this.pricing = pricing;
		this.orderNumbers = orderNumbers;
		this.clock = clock;
		this.inFlightWait = inFlightWait;
		this.meters = meters;
	}

	/**
	 * @param idempotencyKey the client's key; scoped to the customer
	 * @return the new order, or the one this key created before
	 * @throws CheckoutRefused when the cart cannot be bought as it is
	 * @throws IdempotencyConflict when the key belongs to another request
	 * @throws UpstreamUnavailable when cart, catalog or the store cannot be reached
	 */
	public PlacedOrder place(Customer customer, String idempotencyKey, CardDetails card) {
		IdempotencyKey key = new IdempotencyKey(customer.userId(), idempotencyKey);
		String fingerprint = RequestFingerprint.of(card);
		long deadline = System.nanoTime() + this.inFlightWait.toNanos();
		while (true) {
			String orderId = UUID.randomUUID().toString();
			Optional<KeyRecord> holder = this.keys.claim(key, fingerprint, orderId, now());
			if (holder.isEmpty()) {
				Optional<Order> placed = placeClaimed(customer, key, orderId, card);
				if (placed.isPresent()) {
					return new PlacedOrder(placed.get(), false);
				}
				// Another checkout took the key over; its order is the answer.
				continue;
			}
			KeyRecord existing = holder.get();
			if (!existing.fingerprint().equals(fingerprint)) {
				throw new IdempotencyConflict.KeyReused();
			}
			if (existing.completed()) {
				Order order = this.queries.find(existing.orderId())
					.orElseThrow(() -> new IllegalStateException(
							"Idempotency key completed by order " + existing.orderId() + ", which does not exist"));
				log.info("Replayed order {} for a repeated checkout request", order.id());
				return new PlacedOrder(order, true);
			}
			if (System.nanoTime() > deadline) {
				throw new IdempotencyConflict.KeyInUse();
			}
			sleep();
		}
	}

	/**
	 * @return empty when the key was taken over before the order could be stored
	 */
	private Optional<Order> placeClaimed(Customer customer, IdempotencyKey key, String orderId, CardDetails card) {
		Charge charge = null;
		try {
			List<CartLine> lines = this.cart.read();
			if (lines.stream().noneMatch((line) -> line.quantity() > 0)) {
				throw new CheckoutRefused.CartEmpty();
			}
			CatalogSnapshot catalog = this.priceList.read(lines.stream().map(CartLine::productId).distinct().toList());
			Quote quote = this.pricing.quote(lines, catalog);
			charge = charge(card, quote);
			Instant placedAt = now();
			Order order = Order.place(orderId, this.orderNumbers.next(placedAt), customer, quote,
					new Order.Payment(charge.reference(), charge.brand().name(), charge.last4()), placedAt);
			store(order, key);
			log.info("Order {} ({}) placed: {} items, {} {}, payment {}", order.id(), order.orderNumber(),
					order.itemCount(), order.grandTotal(), order.currency(), charge.reference());
			this.meters.counter("storesphere.checkout.orders.placed").increment();
			this.domainEvents.publish(new OrderEventsWritten(order.id()));
			return Optional.of(order);
		}
		catch (Orders.ClaimLost lost) {
			log.warn("Idempotency key taken over while order {} was being placed; refunding", orderId);
			refund(charge);
			return Optional.empty();
		}
		catch (RuntimeException failure) {
			refund(charge);
			release(key, orderId);
			throw failure;
		}
	}

	private Charge charge(CardDetails card, Quote quote) {
		try {
			Charge charge = this.payments.charge(card, quote.grandTotal(), quote.currency());
			this.meters.counter("storesphere.checkout.payments", "outcome", "approved").increment();
			return charge;
		}
		catch (PaymentDeclined declined) {
			this.meters.counter("storesphere.checkout.payments", "outcome", "declined").increment();
			throw declined;
		}
	}

	private void store(Order order, IdempotencyKey key) {
		try {
			this.orders.place(order, List.of(OrderEvents.placed(order)), key);
		}
		catch (Orders.ClaimLost lost) {
			throw lost;
		}
		catch (RuntimeException storeFailed) {
			// A write can fail after it happened (a timeout after the commit):
			// look before refunding.
			if (exists(order.id())) {
				return;
			}
			throw new UpstreamUnavailable("orders-store", "The order store could not be written", storeFailed);
		}
	}

	private boolean exists(String orderId) {
		try {
			return this.queries.find(orderId).isPresent();
		}
		catch (RuntimeException unreachable) {
			return false;
		}
	}

	private void refund(Charge charge) {
		if (charge == null) {
			return;
		}
		this.payments.refund(charge.reference(), charge.amount());
		this.meters.counter("storesphere.checkout.payments", "outcome", "refunded").increment();
		log.info("Payment {} refunded: its order was not stored", charge.reference());
	}

	private void release(IdempotencyKey key, String orderId) {
		try {
			this.keys.release(key, orderId);
		}
		catch (RuntimeException ex) {
			// The key stays claimed until its lease ends; a retry after that succeeds.
			log.warn("Could not release the idempotency key of order {}: {}", orderId, ex.getMessage());
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IdempotencyConflict.KeyInUse();
		}
	}

	/** An order and whether it was placed by an earlier request with the same key. */
	public record PlacedOrder(Order order, boolean replayed) {

	}

}
