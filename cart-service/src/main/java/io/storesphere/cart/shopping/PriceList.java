package io.storesphere.cart.shopping;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What catalog said about the products it was asked for: each one it knows, with price
 * and stock. An asked-for product it did not describe is gone from the catalog.
 */
public final class PriceList {

	private static final PriceList EMPTY = new PriceList(Set.of(), Map.of());

	private final Set<String> asked;

	private final Map<String, Product> products;

	private PriceList(Set<String> asked, Map<String, Product> products) {
		this.asked = asked;
		this.products = products;
	}

	/** Catalog's answer: products it does not list among {@code found} are gone. */
	public static PriceList of(Collection<String> asked, Collection<Product> found) {
		Set<String> askedIds = new LinkedHashSet<>(asked);
		Map<String, Product> products = new LinkedHashMap<>();
		for (Product product : found) {
			if (askedIds.contains(product.id())) {
				products.put(product.id(), product);
			}
		}
		return new PriceList(Set.copyOf(askedIds), Map.copyOf(products));
	}

	/** Nothing asked, nothing known: enough to price an empty cart. */
	public static PriceList empty() {
		return EMPTY;
	}

	public Optional<Product> product(String productId) {
		return Optional.ofNullable(this.products.get(productId));
	}

	/** Catalog was asked about this product and does not have it (any more). */
	public boolean isGone(String productId) {
		return this.asked.contains(productId) && !this.products.containsKey(productId);
	}

	/** Whether this answer says something about every one of these products. */
	public boolean covers(Collection<String> productIds) {
		return this.asked.containsAll(productIds);
	}

}
