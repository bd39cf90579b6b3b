package io.storesphere.checkout.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money arithmetic: BigDecimal with two places, rounded half-even (banker's rounding).
 */
public final class Money {

	public static final BigDecimal ZERO = new BigDecimal("0.00");

	private Money() {
	}

	/** Two places; a value with more is rounded half-even. */
	public static BigDecimal of(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_EVEN);
	}

	public static BigDecimal of(String value) {
		return of(new BigDecimal(value));
	}

}
