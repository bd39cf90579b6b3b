package io.storesphere.checkout.placing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.storesphere.checkout.order.Money;
import io.storesphere.checkout.order.OrderLine;
import io.storesphere.checkout.order.Quote;
import io.storesphere.checkout.placing.CheckoutRefused.PriceChange;
import io.storesphere.checkout.placing.CheckoutRefused.Shortage;
import io.storesphere.checkout.placing.CheckoutRefused.Unavailable;

/**
 * Prices a cart against catalog's current prices and stock. The cart supplies only what
 * and how many, and the price the customer accepted; prices, names and stock come from
 * catalog. Refuses an empty cart, a product catalog no longer has, a quantity above stock
 * and a price that changed since it was accepted, in that order. Tax is the configured
 * rate on the subtotal, rounded half-even to two places.
 */
public final class Pricing {

	private final BigDecimal taxRate;

	private final String currency;

	public Pricing(BigDecimal taxRate, String currency) {
		if (taxRate.signum() < 0 || taxRate.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("The tax rate must be between 0 and 1, was " + taxRate);
		}
		this.taxRate = taxRate;
		this.currency = Objects.requireNonNull(currency, "currency");
	}

	public BigDecimal taxRate() {
		return this.taxRate;
	}

	public String currency() {
		return this.currency;
	}

	/**
	 * @throws CheckoutRefused when the cart cannot be bought as it is
	 */
	public Quote quote(List<CartLine> cart, CatalogSnapshot catalog) {
		List<CartLine> lines = cart.stream().filter((line) -> line.quantity() > 0).toList();
		if (lines.isEmpty()) {
			throw new CheckoutRefused.CartEmpty();
		}
		List<Unavailable> unavailable = lines.stream()
			.filter((line) -> !catalog.products().containsKey(line.productId()))
			.map((line) -> new Unavailable(line.productId(), line.name()))
			.distinct()
			.toList();
		if (!unavailable.isEmpty()) {
			throw new CheckoutRefused.ProductsUnavailable(unavailable);
		}
		Map<String, Integer> requested = new LinkedHashMap<>();
		lines.forEach((line) -> requested.merge(line.productId(), line.quantity(), Integer::sum));
		List<Shortage> shortages = new ArrayList<>();
		requested.forEach((productId, quantity) -> {
			CatalogProduct product = catalog.products().get(productId);
			if (quantity > product.stock()) {
				shortages.add(new Shortage(productId, product.name(), quantity, Math.max(0, product.stock())));
			}
		});
		if (!shortages.isEmpty()) {
			throw new CheckoutRefused.InsufficientStock(shortages);
		}
		List<PriceChange> changes = lines.stream().filter((line) -> {
			BigDecimal accepted = line.acceptedUnitPrice();
			return accepted == null || accepted.compareTo(catalog.products().get(line.productId()).price()) != 0;
		}).map((line) -> {
			CatalogProduct product = catalog.products().get(line.productId());
			return new PriceChange(line.productId(), product.name(),
					(line.acceptedUnitPrice() != null) ? Money.of(line.acceptedUnitPrice()) : null,
					Money.of(product.price()));
		}).distinct().toList();
		if (!changes.isEmpty()) {
			throw new CheckoutRefused.PricesChanged(changes);
		}
		List<OrderLine> priced = lines.stream().map((line) -> {
			CatalogProduct product = catalog.products().get(line.productId());
			return OrderLine.priced(product.id(), product.name(), product.price(), line.quantity());
		}).toList();
		return quote(priced);
	}

	/** Totals for lines already priced. */
	public Quote quote(List<OrderLine> lines) {
		BigDecimal subtotal = lines.stream().map(OrderLine::lineTotal).reduce(Money.ZERO, BigDecimal::add);
		BigDecimal tax = subtotal.multiply(this.taxRate).setScale(2, RoundingMode.HALF_EVEN);
		int itemCount = lines.stream().mapToInt(OrderLine::quantity).sum();
		return new Quote(lines, itemCount, Money.of(subtotal), this.taxRate, tax, Money.of(subtotal.add(tax)),
				this.currency);
	}

}
