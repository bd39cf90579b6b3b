package io.storesphere.cart.shopping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Money is a {@link BigDecimal} with two decimal places, never a float. */
public final class Money {

	public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	private Money() {
	}

	public static BigDecimal of(BigDecimal amount) {
		Objects.requireNonNull(amount, "amount");
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	public static BigDecimal of(String amount) {
		return of(new BigDecimal(amount));
	}

	public static BigDecimal times(BigDecimal unitPrice, int quantity) {
		return of(unitPrice.multiply(BigDecimal.valueOf(quantity)));
	}

}
