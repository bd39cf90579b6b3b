package io.storesphere.catalog.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.storesphere.catalog.product.Product.ProductEdit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProductTest {

	private static final ThresholdBands BANDS = new ThresholdBands(
			List.of(new ThresholdBands.Band(new BigDecimal("100.00"), 15),
					new ThresholdBands.Band(new BigDecimal("25.00"), 20)),
			5);

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private final Product lamp = new Product("lamp", "Lamp", "", new BigDecimal("39.90"), 16, 15, false, null, 3, NOW,
			NOW);

	@Test
	void cheaperItemsGetHigherThresholdsAndBandCeilingsAreInclusive() {
		assertThat(BANDS.thresholdFor(new BigDecimal("9.99"))).isEqualTo(20);
		assertThat(BANDS.thresholdFor(new BigDecimal("25.00"))).isEqualTo(20);
		assertThat(BANDS.thresholdFor(new BigDecimal("25.01"))).isEqualTo(15);
		assertThat(BANDS.thresholdFor(new BigDecimal("1299.00"))).isEqualTo(5);
	}

	@Test
	void aPriceChangeRecomputesAComputedThreshold() {
		Product edited = this.lamp.edited(new ProductEdit(null, null, new BigDecimal("450.00"), null, false), BANDS,
				NOW);

		assertThat(edited.threshold()).isEqualTo(5);
		assertThat(edited.thresholdSetByAdmin()).isFalse();
		assertThat(edited.version()).isEqualTo(4);
		assertThat(edited.name()).isEqualTo("Lamp");
	}

	@Test
	void aThresholdSetByHandSurvivesPriceChangesUntilHandedBackToThePrice() {
		Product manual = this.lamp.edited(new ProductEdit(null, null, null, 3, false), BANDS, NOW);
		Product repriced = manual.edited(new ProductEdit(null, null, new BigDecimal("9.00"), null, false), BANDS, NOW);
		Product automatic = repriced.edited(new ProductEdit(null, null, null, null, true), BANDS, NOW);

		assertThat(manual.threshold()).isEqualTo(3);
		assertThat(repriced.threshold()).isEqualTo(3);
		assertThat(repriced.thresholdSetByAdmin()).isTrue();
		assertThat(automatic.threshold()).isEqualTo(20);
		assertThat(automatic.thresholdSetByAdmin()).isFalse();
	}

	@Test
	void stockStatusFollowsTheThreshold() {
		assertThat(StockStatus.of(16, 15)).isEqualTo(StockStatus.IN_STOCK);
		assertThat(StockStatus.of(15, 15)).isEqualTo(StockStatus.IN_STOCK);
		assertThat(StockStatus.of(14, 15)).isEqualTo(StockStatus.LOW_STOCK);
		assertThat(StockStatus.of(0, 15)).isEqualTo(StockStatus.OUT_OF_STOCK);
		assertThat(StockStatus.of(0, 0)).isEqualTo(StockStatus.OUT_OF_STOCK);
	}

	@Test
	void stockNeverGoesNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.lamp.withStock(-1, NOW));
	}

}
