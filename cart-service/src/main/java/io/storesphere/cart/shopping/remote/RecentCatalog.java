package io.storesphere.cart.shopping.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.storesphere.cart.shopping.Catalog;
import io.storesphere.cart.shopping.PriceList;
import io.storesphere.cart.shopping.Product;

/**
 * What catalog said about each product, kept for a few seconds: a cart read or change
 * asks catalog only about the products it has not heard of within that time. Shoppers see
 * a price or stock change at most that late (the freshness limit), on every cart task
 * alike, since each task keeps its own answers no longer than that; a product catalog
 * does not know is never kept, so an unknown product is always refused by catalog's
 * answer of the moment. Accepting new prices asks catalog now ({@link #describeNow}), and
 * checkout prices the order from catalog itself, so no order is ever placed at a price
 * catalog no longer has.
 */
final class RecentCatalog implements Catalog {

	private final Catalog catalog;

	private final Cache<String, Product> products;

	RecentCatalog(Catalog catalog, Duration freshness, long maximumProducts, Ticker ticker) {
		this.catalog = catalog;
		this.products = Caffeine.newBuilder()
			.expireAfterWrite(freshness)
			.maximumSize(maximumProducts)
			.ticker(ticker)
			.build();
	}

	@Override
	public PriceList describe(Collection<String> productIds) {
		Set<String> asked = new LinkedHashSet<>(productIds);
		Map<String, Product> known = this.products.getAllPresent(asked);
		if (known.size() == asked.size()) {
			return PriceList.of(asked, known.values());
		}
		List<String> unknown = asked.stream().filter((id) -> !known.containsKey(id)).toList();
		List<Product> found = new ArrayList<>(known.values());
		PriceList answer = this.catalog.describe(unknown);
		for (String id : unknown) {
			answer.product(id).ifPresent((product) -> {
				this.products.put(id, product);
				found.add(product);
			});
		}
		return PriceList.of(asked, found);
	}

	@Override
	public PriceList describeNow(Collection<String> productIds) {
		PriceList answer = this.catalog.describeNow(productIds);
		for (String id : productIds) {
			answer.product(id)
				.ifPresentOrElse((product) -> this.products.put(id, product), () -> this.products.invalidate(id));
		}
		return answer;
	}

}
