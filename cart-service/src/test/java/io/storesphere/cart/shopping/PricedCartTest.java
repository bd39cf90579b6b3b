package io.storesphere.cart.shopping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.storesphere.cart.shopping.PricedCart.PricedLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a cart is priced and flagged for the customer. */
class PricedCartTest {

	private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

	private final Cart cart = new Cart("u1", 4, List.of(
			new CartLine("p1", "Desk Lamp", "/img/p1", new BigDecimal("11.00"), new BigDecimal("11.00"), 2, T0),
			new CartLine("p2", "Mug", "/img/p2", new BigDecimal("4.10"), new BigDecimal("4.10"), 3, T0),
			new CartLine("p3", "Old Chair", "/img/p3", new BigDecimal("30.00"), new BigDecimal("30.00"), 1, T0)));

	@Test
	void linesShowTodaysPriceAndFlagWhatChanged() {
		PriceList prices = PriceList.of(List.of("p1", "p2", "p3"),
				List.of(new Product("p1", "Desk Lamp", new BigDecimal("12.50"), 7, "/img/p1"),
						new Product("p2", "Mug", new BigDecimal("4.10"), 2, "/img/p2")));

		PricedCart priced = PricedCart.of(this.cart, prices);

		PricedLine lamp = priced.lines().get(0);
		assertThat(lamp.unitPrice()).isEqualTo("12.50");
		assertThat(lamp.addedUnitPrice()).isEqualTo("11.00");
		assertThat(lamp.lineTotal()).isEqualTo("25.00");
		assertThat(lamp.priceChanged()).isTrue();
		assertThat(lamp.insufficientStock()).isFalse();
		PricedLine mug = priced.lines().get(1);
		assertThat(mug.priceChanged()).isFalse();
		assertThat(mug.insufficientStock()).isTrue();
		assertThat(mug.availableStock()).isEqualTo(2);
		PricedLine chair = priced.lines().get(2);
		assertThat(chair.unavailable()).isTrue();
		assertThat(chair.name()).isEqualTo("Old Chair");
		// The gone chair is listed but not counted.
		assertThat(priced.itemCount()).isEqualTo(5);
		assertThat(priced.subtotal()).isEqualTo("37.30");
		assertThat(priced.version()).isEqualTo(4);
		assertThat(priced.pricesCurrent()).isTrue();
	}

	@Test
	void withoutCatalogTheLastKnownPricesAreShownAndNothingIsFlagged() {
		PricedCart priced = PricedCart.lastKnown(this.cart);

		assertThat(priced.pricesCurrent()).isFalse();
		assertThat(priced.subtotal()).isEqualTo("64.30");
		assertThat(priced.itemCount()).isEqualTo(6);
		assertThat(priced.lines()).allSatisfy((line) -> {
			assertThat(line.unavailable()).isFalse();
			assertThat(line.insufficientStock()).isFalse();
			assertThat(line.availableStock()).isNull();
		});
	}

	@Test
	void anEmptyCartIsZero() {
		PricedCart priced = PricedCart.of(Cart.empty("u1", 0), PriceList.empty());

		assertThat(priced.lines()).isEmpty();
		assertThat(priced.subtotal().toPlainString()).isEqualTo("0.00");
		assertThat(priced.version()).isZero();
	}

}
