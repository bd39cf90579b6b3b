package io.storesphere.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * Checks shared by the records' compact constructors, so a bad event fails where it is
 * made.
 */
final class Fields {

	private Fields() {
	}

	static <T> T required(T value, String field) {
		if (value == null) {
			throw new MissingFieldException(field);
		}
		return value;
	}

	static String requiredText(String value, String field) {
		if (required(value, field).isBlank()) {
			throw new MissingFieldException(field);
		}
		return value;
	}

	static <T> List<T> requiredList(List<T> value, String field) {
		return List.copyOf(required(value, field));
	}

	/**
	 * Money has exactly two decimal places on the wire; {@code 5} and {@code 5.0} become
	 * {@code 5.00}.
	 */
	static BigDecimal money(BigDecimal value, String field) {
		required(value, field);
		if (value.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException(field + " must have at most 2 decimal places, was " + value);
		}
		return value.setScale(2);
	}

	static int nonNegative(int value, String field) {
		if (value < 0) {
			throw new IllegalArgumentException(field + " must not be negative, was " + value);
		}
		return value;
	}

	static int positive(int value, String field) {
		if (value <= 0) {
			throw new IllegalArgumentException(field + " must be positive, was " + value);
		}
		return value;
	}

}
