package io.storesphere.cart.shopping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One customer's cart: its lines in the order they were added, and the version it was
 * read at. Immutable; every change returns a new cart with the same version, and the
 * store decides whether it may replace the version it was derived from.
 */
public final class Cart {

	private final String userId;

	private final long version;

	private final List<CartLine> lines;

	public Cart(String userId, long version, List<CartLine> lines) {
		this.userId = Objects.requireNonNull(userId, "userId");
		if (version < 0) {
			throw new IllegalArgumentException("version must not be negative");
		}
		this.version = version;
		this.lines = List.copyOf(lines);
	}

	/** A cart with nothing in it; version 0 means it was never stored. */
	public static Cart empty(String userId, long version) {
		return new Cart(userId, version, List.of());
	}

	public String userId() {
		return this.userId;
	}

	public long version() {
		return this.version;
	}

	public List<CartLine> lines() {
		return this.lines;
	}

	public boolean isEmpty() {
		return this.lines.isEmpty();
	}

	public Optional<CartLine> line(String productId) {
		return this.lines.stream().filter((line) -> line.productId().equals(productId)).findFirst();
	}

	public Set<String> productIds() {
		Set<String> ids = new LinkedHashSet<>();
		this.lines.forEach((line) -> ids.add(line.productId()));
		return Collections.unmodifiableSet(ids);
	}

	/** The same lines as stored under another version. */
	public Cart atVersion(long storedVersion) {
		return new Cart(this.userId, storedVersion, this.lines);
	}

	/** Whether the two carts hold the same lines, whatever their versions. */
	public boolean sameLinesAs(Cart other) {
		return this.lines.equals(other.lines);
	}

	/**
	 * Adds units of a product, creating its line if needed.
	 * @throws CartRuleViolation when the product is unknown, the cart is full, or the
	 * line would exceed the per-line limit or the stock
	 */
	public Cart add(String productId, int quantity, PriceList prices, CartLimits limits, Instant now) {
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be at least 1");
		}
		int current = line(productId).map(CartLine::quantity).orElse(0);
		return put(productId, current + quantity, prices, limits, now);
	}

	/**
	 * Sets the units of a product, creating its line if needed; 0 removes the line.
	 * @throws CartRuleViolation as {@link #add}
	 */
	public Cart set(String productId, int quantity, PriceList prices, CartLimits limits, Instant now) {
		if (quantity < 0) {
			throw new IllegalArgumentException("quantity must not be negative");
		}
		if (quantity == 0) {
			return remove(productId);
		}
		return put(productId, quantity, prices, limits, now);
	}

	private Cart put(String productId, int quantity, PriceList prices, CartLimits limits, Instant now) {
		Product product = prices.product(productId).orElseThrow(() -> CartRuleViolation.unknownProduct(productId));
		Optional<CartLine> existing = line(productId);
		if (existing.isEmpty() && this.lines.size() >= limits.maxLines()) {
			throw CartRuleViolation.cartFull(product, limits.maxLines());
		}
		if (quantity > limits.maxQuantityPerLine()) {
			throw CartRuleViolation.quantityLimit(product, quantity, limits.maxQuantityPerLine());
		}
		if (quantity > product.stock()) {
			throw CartRuleViolation.insufficientStock(product, quantity);
		}
		if (existing.isPresent()) {
			return mapLines((line) -> line.productId().equals(productId) ? line.withQuantity(quantity, product) : line);
		}
		List<CartLine> next = new ArrayList<>(this.lines);
		next.add(new CartLine(productId, product.name(), product.imageUrl(), product.price(), product.price(), quantity,
				now));
		return new Cart(this.userId, this.version, next);
	}

	public Cart remove(String productId) {
		return new Cart(this.userId, this.version,
				this.lines.stream().filter((line) -> !line.productId().equals(productId)).toList());
	}

	public Cart clear() {
		return empty(this.userId, this.version);
	}

	/**
	 * The customer accepts today's prices: every line catalog still has takes its current
	 * price as the accepted one.
	 */
	public Cart acceptPrices(PriceList prices) {
		return mapLines((line) -> prices.product(line.productId()).map(line::acceptingPriceOf).orElse(line));
	}

	/**
	 * Keeps what catalog says now as each line's last known name, image and price, to
	 * show when catalog cannot be asked.
	 */
	public Cart describedBy(PriceList prices) {
		return mapLines((line) -> prices.product(line.productId()).map(line::describedBy).orElse(line));
	}

	/**
	 * Takes out what an order bought: each line loses the purchased units of its product,
	 * and goes when none are left. A line created after the order was placed was not part
	 * of it and stays whole; so do products the order did not contain.
	 * @param purchased units bought per product id
	 * @param placedAt when the order was placed
	 */
	public Cart removePurchased(Map<String, Integer> purchased, Instant placedAt) {
		List<CartLine> next = new ArrayList<>();
		for (CartLine line : this.lines) {
			int bought = purchased.getOrDefault(line.productId(), 0);
			if (bought <= 0 || line.addedAt().isAfter(placedAt)) {
				next.add(line);
			}
			else if (line.quantity() > bought) {
				next.add(line.withQuantity(line.quantity() - bought));
			}
		}
		return new Cart(this.userId, this.version, next);
	}

	private Cart mapLines(UnaryOperator<CartLine> change) {
		return new Cart(this.userId, this.version, this.lines.stream().map(change).toList());
	}

	@Override
	public String toString() {
		return "Cart[" + this.userId + " v" + this.version + " " + this.lines + "]";
	}

}
