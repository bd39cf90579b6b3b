package io.storesphere.checkout.order.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as fixed-width ISO-8601 UTC strings with milliseconds, e.g.
 * {@code 2026-11-21T11:00:00.000Z}, so that they sort as strings in the indexes' sort
 * keys ({@code Instant.toString()} drops zero fractions and would not).
 */
final class Timestamps {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private Timestamps() {
	}

	static String format(Instant instant) {
		return (instant != null) ? FORMAT.format(instant) : null;
	}

	static Instant parse(String value) {
		return (value != null) ? Instant.parse(value) : null;
	}

}
