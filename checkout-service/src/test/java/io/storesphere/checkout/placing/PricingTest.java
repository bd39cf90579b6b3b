package io.storesphere.checkout.placing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.storesphere.checkout.order.CheckoutRefused;
import io.storesphere.checkout.order.OrderLine;
import io.storesphere.checkout.order.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PricingTest {

	private final Pricing pricing = new Pricing(new BigDecimal("0.08"), "USD");

	private final CatalogSnapshot catalog = CatalogSnapshot
		.of(List.of(new CatalogProduct("kettle", "Copper Kettle", new BigDecimal("49.90"), 5),
				new CatalogProduct("mug", "Stoneware Mug", new BigDecimal("12.50"), 1)), Set.of());

	@Test
	void pricesLinesAtCatalogsPricesWithTaxRoundedHalfEven() {
		Quote quote = this.pricing.quote(List.of(line("kettle", 2, "49.90"), line("mug", 1, "12.50")), this.catalog);

		assertThat(quote.lines()).extracting(OrderLine::lineTotal)
			.containsExactly(new BigDecimal("99.80"), new BigDecimal("12.50"));
		assertThat(quote.itemCount()).isEqualTo(3);
		assertThat(quote.subtotal()).isEqualTo(new BigDecimal("112.30"));
		// 112.30 * 0.08 = 8.984 -> 8.98
		assertThat(quote.taxAmount()).isEqualTo(new BigDecimal("8.98"));
		assertThat(quote.grandTotal()).isEqualTo(new BigDecimal("121.28"));
		assertThat(quote.currency()).isEqualTo("USD");
	}

	@Test
	void taxOnAnExactHalfCentRoundsToTheEvenCent() {
		Pricing tenPercent = new Pricing(new BigDecimal("0.10"), "EUR");
		// 0.25 * 0.10 = 0.025 -> 0.02 (half-even), 0.35 * 0.10 = 0.035 -> 0.04
		assertThat(tenPercent.quote(List.of(OrderLine.priced("a", "A", new BigDecimal("0.25"), 1))).taxAmount())
			.isEqualTo(new BigDecimal("0.02"));
		assertThat(tenPercent.quote(List.of(OrderLine.priced("a", "A", new BigDecimal("0.35"), 1))).taxAmount())
			.isEqualTo(new BigDecimal("0.04"));
	}

	@Test
	void anEmptyCartIsRefused() {
		assertThatThrownBy(() -> this.pricing.quote(List.of(), this.catalog))
			.isInstanceOf(CheckoutRefused.CartEmpty.class);
	}

	@Test
	void aProductCatalogNoLongerHasIsRefusedByName() {
		assertThatThrownBy(
				() -> this.pricing.quote(List.of(new CartLine("gone", "Old Lamp", 1, BigDecimal.ONE)), this.catalog))
			.isInstanceOfSatisfying(CheckoutRefused.ProductsUnavailable.class,
					(refused) -> assertThat(refused.products()).extracting(CheckoutRefused.Unavailable::productName)
						.containsExactly("Old Lamp"))
			.hasMessageContaining("Old Lamp is no longer available");
	}

	@Test
	void quantitiesAboveStockAreRefusedWithTheShortages() {
		assertThatThrownBy(
				() -> this.pricing.quote(List.of(line("kettle", 2, "49.90"), line("mug", 3, "12.50")), this.catalog))
			.isInstanceOfSatisfying(CheckoutRefused.InsufficientStock.class,
					(refused) -> assertThat(refused.shortages())
						.containsExactly(new CheckoutRefused.Shortage("mug", "Stoneware Mug", 3, 1)))
			.hasMessageContaining("Stoneware Mug (you asked for 3, 1 left)");
	}

	@Test
	void aPriceThatChangedSinceItWasAcceptedIsRefusedWithTheNewPrice() {
		assertThatThrownBy(
				() -> this.pricing.quote(List.of(line("kettle", 1, "45.00"), line("mug", 1, "12.5")), this.catalog))
			.isInstanceOfSatisfying(CheckoutRefused.PricesChanged.class,
					(refused) -> assertThat(refused.changes()).containsExactly(new CheckoutRefused.PriceChange("kettle",
							"Copper Kettle", new BigDecimal("45.00"), new BigDecimal("49.90"))))
			.hasMessageContaining("Copper Kettle was 45.00, now 49.90");
	}

	private static CartLine line(String productId, int quantity, String acceptedPrice) {
		return new CartLine(productId, productId, quantity, new BigDecimal(acceptedPrice));
	}

}
