package io.storesphere.cart.shopping.remote;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.storesphere.cart.shopping.Catalog;
import io.storesphere.cart.shopping.PriceList;
import io.storesphere.cart.shopping.Product;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Catalog is asked only about products it has not described within the freshness limit; a
 * change shows once that has passed, an unknown product is asked about every time, and
 * accepting prices always asks catalog.
 */
class RecentCatalogTest {

	private final AtomicLong nanos = new AtomicLong();

	private final CountingCatalog catalog = new CountingCatalog();

	private final RecentCatalog recent = new RecentCatalog(this.catalog, Duration.ofSeconds(5), 100, this.nanos::get);

	@Test
	void aProductDescribedWithinTheFreshnessLimitIsNotAskedAgain() {
		this.catalog.put("kettle", "12.50");

		this.recent.describe(List.of("kettle"));
		this.elapse(Duration.ofMillis(4900));
		PriceList again = this.recent.describe(List.of("kettle"));

		assertThat(again.product("kettle")).map(Product::price).contains(new BigDecimal("12.50"));
		assertThat(this.catalog.asked).containsExactly(List.of("kettle"));
	}

	@Test
	void aPriceChangeShowsOnceTheFreshnessLimitHasPassed() {
		this.catalog.put("kettle", "12.50");
		this.recent.describe(List.of("kettle"));
		this.catalog.put("kettle", "14.00");

		this.elapse(Duration.ofSeconds(5));

		assertThat(this.recent.describe(List.of("kettle")).product("kettle")).map(Product::price)
			.contains(new BigDecimal("14.00"));
	}

	@Test
	void onlyTheProductsNotDescribedRecentlyAreAskedAbout() {
		this.catalog.put("kettle", "12.50");
		this.catalog.put("teapot", "30.00");
		this.recent.describe(List.of("kettle"));

		PriceList both = this.recent.describe(List.of("kettle", "teapot"));

		assertThat(both.product("kettle")).isPresent();
		assertThat(both.product("teapot")).isPresent();
		assertThat(this.catalog.asked).containsExactly(List.of("kettle"), List.of("teapot"));
	}

	@Test
	void anUnknownProductIsAskedAboutEveryTimeAndStaysGone() {
		assertThat(this.recent.describe(List.of("ghost")).isGone("ghost")).isTrue();
		this.catalog.put("ghost", "1.00");

		assertThat(this.recent.describe(List.of("ghost")).isGone("ghost")).isFalse();
		assertThat(this.catalog.asked).hasSize(2);
	}

	@Test
	void acceptingPricesAsksCatalogNowAndKeepsItsAnswer() {
		this.catalog.put("kettle", "12.50");
		this.recent.describe(List.of("kettle"));
		this.catalog.put("kettle", "14.00");

		PriceList now = this.recent.describeNow(List.of("kettle"));

		assertThat(now.product("kettle")).map(Product::price).contains(new BigDecimal("14.00"));
		assertThat(this.recent.describe(List.of("kettle")).product("kettle")).map(Product::price)
			.contains(new BigDecimal("14.00"));
		assertThat(this.catalog.asked).hasSize(2);
	}

	@Test
	void aProductCatalogNoLongerHasIsForgottenWhenPricesAreAccepted() {
		this.catalog.put("kettle", "12.50");
		this.recent.describe(List.of("kettle"));
		this.catalog.products.remove("kettle");

		this.recent.describeNow(List.of("kettle"));

		assertThat(this.recent.describe(List.of("kettle")).isGone("kettle")).isTrue();
	}

	private void elapse(Duration duration) {
		this.nanos.addAndGet(duration.toNanos());
	}

	/** A catalog that remembers what it was asked. */
	private static final class CountingCatalog implements Catalog {

		private final Map<String, Product> products = new HashMap<>();

		private final List<List<String>> asked = new ArrayList<>();

		void put(String id, String price) {
			this.products.put(id, new Product(id, "The " + id, new BigDecimal(price), 10, null));
		}

		@Override
		public PriceList describe(Collection<String> productIds) {
			this.asked.add(List.copyOf(productIds));
			return PriceList.of(productIds,
					productIds.stream().filter(this.products::containsKey).map(this.products::get).toList());
		}

	}

}
