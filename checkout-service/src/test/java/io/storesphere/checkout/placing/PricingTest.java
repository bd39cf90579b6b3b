package io.storesphere.checkout.placing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.storesphere.checkout.order.OrderLine;
import io.storesphere.checkout.order.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
		assertThat(refusal(CheckoutRefused.CartEmpty.class)).hasMessageContaining("Your cart is empty");
	}

	@Test
	void aProductCatalogNoLongerHasIsRefusedByName() {
		CheckoutRefused.ProductsUnavailable refused = refusal(CheckoutRefused.ProductsUnavailable.class,
				new CartLine("gone", "Old Lamp", 1, BigDecimal.ONE));

		assertThat(refused.products()).extracting(CheckoutRefused.Unavailable::productName).containsExactly("Old Lamp");
		assertThat(refused).hasMessageContaining("Old Lamp is no longer available");
	}

	@Test
	void quantitiesAboveStockAreRefusedWithTheShortages() {
		CheckoutRefused.InsufficientStock refused = refusal(CheckoutRefused.InsufficientStock.class,
				line("kettle", 2, "49.90"), line("mug", 3, "12.50"));

		assertThat(refused.shortages()).containsExactly(new CheckoutRefused.Shortage("mug", "Stoneware Mug", 3, 1));
		assertThat(refused).hasMessageContaining("Stoneware Mug (you asked for 3, 1 left)");
	}

	@Test
	void aPriceThatChangedSinceItWasAcceptedIsRefusedWithTheNewPrice() {
		CheckoutRefused.PricesChanged refused = refusal(CheckoutRefused.PricesChanged.class, line("kettle", 1, "45.00"),
				line("mug", 1, "12.5"));

		assertThat(refused.changes()).containsExactly(new CheckoutRefused.PriceChange("kettle", "Copper Kettle",
				new BigDecimal("45.00"), new BigDecimal("49.90")));
		assertThat(refused).hasMessageContaining("Copper Kettle was 45.00, now 49.90");
	}

	/**
	 * What pricing this cart against the catalog throws, which must be a {@code type}.
	 */
	private <T extends CheckoutRefused> T refusal(Class<T> type, CartLine... cart) {
		Throwable thrown = catchThrowable(() -> this.pricing.quote(List.of(cart), this.catalog));
		assertThat(thrown).isInstanceOf(type);
		return type.cast(thrown);
	}

	private static CartLine line(String productId, int quantity, String acceptedPrice) {
		return new CartLine(productId, productId, quantity, new BigDecimal(acceptedPrice));
	}

}
