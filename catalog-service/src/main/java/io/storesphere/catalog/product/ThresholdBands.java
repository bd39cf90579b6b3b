package io.storesphere.catalog.product;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The low-stock threshold a product gets when the admin sets none: cheap items sell
 * faster and are cheap to hold, so they get higher thresholds; expensive items lower
 * ones. Bands come from configuration.
 */
public final class ThresholdBands {

	private final List<Band> bands;

	private final int aboveAllBands;

	/**
	 * @param bands price ceilings (inclusive) and their thresholds, in any order
	 * @param aboveAllBands the threshold for prices above every ceiling
	 */
	public ThresholdBands(List<Band> bands, int aboveAllBands) {
		if (aboveAllBands < 0 || bands.stream().anyMatch((band) -> band.threshold() < 0)) {
			throw new IllegalArgumentException("Thresholds must not be negative");
		}
		this.bands = bands.stream().sorted(Comparator.comparing(Band::upTo)).toList();
		this.aboveAllBands = aboveAllBands;
	}

	public int thresholdFor(BigDecimal price) {
		return this.bands.stream()
			.filter((band) -> price.compareTo(band.upTo()) <= 0)
			.findFirst()
			.map(Band::threshold)
			.orElse(this.aboveAllBands);
	}

	/** Prices up to and including {@code upTo} get {@code threshold}. */
	public record Band(BigDecimal upTo, int threshold) {

	}

}
