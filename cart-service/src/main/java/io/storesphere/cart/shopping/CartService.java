package io.storesphere.cart.shopping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.storesphere.cart.shopping.CartStore.EventWrite;

/**
 * The cart's use cases. Every change reads the cart, applies the rules and writes it back
 * on condition that nobody wrote in between; when somebody did, it reads again and
 * re-applies the change, so concurrent changes (two tabs, rapid clicks) are all kept.
 *
 * <p>
 * Changes that can grow the cart (add, set, accept prices) need catalog's word on the
 * product, its price and stock: when catalog cannot answer they fail with
 * {@link CatalogUnavailable} before anything is written. Changes that only shrink it
 * (remove a line, empty the cart) need no check and work while catalog is down.
 */
public class CartService {

	private final CartStore store;

	private final Catalog catalog;

	private final CartLimits limits;

	private final Policy policy;

	private final Clock clock;

	public CartService(CartStore store, Catalog catalog, CartLimits limits, Policy policy, Clock clock) {
		this.store = store;
		this.catalog = catalog;
		this.limits = limits;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * The cart at catalog's current prices; at its last known prices (with
	 * {@code pricesCurrent} false) when catalog cannot answer.
	 */
	public PricedCart get(String userId) {
		return price(this.store.load(userId, this.clock.instant()));
	}

	public PricedCart add(String userId, String productId, int quantity) {
		return changeCheckedByCatalog(userId, productId, this.catalog::describe,
				(cart, prices, now) -> cart.add(productId, quantity, prices, this.limits, now));
	}

	/** Sets a line's quantity; 0 removes it. */
	public PricedCart set(String userId, String productId, int quantity) {
		if (quantity == 0) {
			return remove(userId, productId);
		}
		return changeCheckedByCatalog(userId, productId, this.catalog::describe,
				(cart, prices, now) -> cart.set(productId, quantity, prices, this.limits, now));
	}

	public PricedCart remove(String userId, String productId) {
		return shrink(userId, (cart) -> cart.remove(productId));
	}

	public PricedCart clear(String userId) {
		return shrink(userId, Cart::clear);
	}

	/**
	 * Every line catalog still has takes its current price as the accepted one: asked of
	 * catalog now, so that checkout, which prices from catalog, finds the same.
	 */
	public PricedCart acceptPrices(String userId) {
		return changeCheckedByCatalog(userId, null, this.catalog::describeNow,
				(cart, prices, now) -> cart.acceptPrices(prices));
	}

	/**
	 * Takes out of the user's cart what an order bought, once per event however often it
	 * is delivered.
	 * @return {@link EventWrite#APPLIED} or {@link EventWrite#DUPLICATE}
	 * @throws CartBusy when the cart kept changing under every attempt
	 */
	public EventWrite removePurchased(String eventId, String eventType, String userId, Map<String, Integer> purchased,
			Instant placedAt) {
		for (int attempt = 1;; attempt++) {
			Instant now = this.clock.instant();
			Cart cart = this.store.load(userId, now);
			Cart changed = cart.removePurchased(purchased, placedAt);
			EventWrite outcome = this.store.replaceForEvent(eventId, eventType,
					changed.sameLinesAs(cart) ? null : changed, cart.version(), now.plus(this.policy.keepCartFor()),
					now.plus(this.policy.keepEventsFor()));
			if (outcome != EventWrite.CONFLICT) {
				return outcome;
			}
			pauseBeforeRetry(userId, attempt);
		}
	}

	private PricedCart changeCheckedByCatalog(String userId, String productId,
			Function<Set<String>, PriceList> askCatalog, Change change) {
		PriceList prices = null;
		for (int attempt = 1;; attempt++) {
			Instant now = this.clock.instant();
			Cart cart = this.store.load(userId, now);
			Set<String> needed = new LinkedHashSet<>(cart.productIds());
			if (productId != null) {
				needed.add(productId);
			}
			if (needed.isEmpty()) {
				return PricedCart.of(cart, PriceList.empty());
			}
			// One catalog call per request: a retry asks again only if another writer
			// added a product in between.
			if (prices == null || !prices.covers(needed)) {
				prices = askCatalog.apply(needed);
			}
			Cart changed = change.apply(cart, prices, now).describedBy(prices);
			if (changed.sameLinesAs(cart)) {
				return PricedCart.of(cart, prices);
			}
			if (this.store.replace(changed, cart.version(), now.plus(this.policy.keepCartFor()))) {
				return PricedCart.of(changed.atVersion(cart.version() + 1), prices);
			}
			pauseBeforeRetry(userId, attempt);
		}
	}

	private PricedCart shrink(String userId, UnaryOperator<Cart> change) {
		for (int attempt = 1;; attempt++) {
			Instant now = this.clock.instant();
			Cart cart = this.store.load(userId, now);
			Cart changed = change.apply(cart);
			if (changed.sameLinesAs(cart)) {
				return price(cart);
			}
			if (this.store.replace(changed, cart.version(), now.plus(this.policy.keepCartFor()))) {
				return price(changed.atVersion(cart.version() + 1));
			}
			pauseBeforeRetry(userId, attempt);
		}
	}

	private PricedCart price(Cart cart) {
		if (cart.isEmpty()) {
			return PricedCart.of(cart, PriceList.empty());
		}
		try {
			return PricedCart.of(cart, this.catalog.describe(cart.productIds()));
		}
		catch (CatalogUnavailable unavailable) {
			return PricedCart.lastKnown(cart);
		}
	}

	/**
	 * Waits a random time below an exponentially growing bound ("full jitter"), so
	 * writers that collided do not collide again in lockstep.
	 */
	private void pauseBeforeRetry(String userId, int attempt) {
		if (attempt >= this.policy.writeAttempts()) {
			throw new CartBusy(userId, attempt);
		}
		long bound = Math.min(this.policy.maxBackoff().toMillis(),
				this.policy.backoff().toMillis() << Math.min(attempt - 1, 16));
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(Math.max(1, bound) + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CartBusy(userId, attempt);
		}
	}

	@FunctionalInterface
	private interface Change {

		Cart apply(Cart cart, PriceList prices, Instant now);

	}

	/**
	 * How long carts and processed events are kept, and how writes retry.
	 *
	 * @param keepCartFor a cart expires this long after its last change
	 * @param keepEventsFor how long a processed event id is remembered
	 * @param writeAttempts attempts to write a cart that keeps changing under the write
	 * @param backoff the first bound of the random pause between attempts
	 * @param maxBackoff the largest bound of that pause
	 */
	public record Policy(Duration keepCartFor, Duration keepEventsFor, int writeAttempts, Duration backoff,
			Duration maxBackoff) {

		public Policy {
			Objects.requireNonNull(keepCartFor, "keepCartFor");
			Objects.requireNonNull(keepEventsFor, "keepEventsFor");
			Objects.requireNonNull(backoff, "backoff");
			Objects.requireNonNull(maxBackoff, "maxBackoff");
			if (writeAttempts < 1) {
				throw new IllegalArgumentException("writeAttempts must be at least 1");
			}
		}

	}

}
