package io.storesphere.checkout.placing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * Order numbers people can read out on the phone: {@code SS-} and the day, then five
 * characters without the look-alikes 0/O and 1/I/L, e.g. {@code SS-261121-7KQ4X} (about
 * 28 million per day).
 */
public final class OrderNumbers {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);

	private final RandomGenerator random;

	public OrderNumbers(RandomGenerator random) {
		this.random = random;
	}

	public String next(Instant placedAt) {
		StringBuilder number = new StringBuilder("SS-").append(DAY.format(placedAt)).append('-');
		for (int i = 0; i < 5; i++) {
			number.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return number.toString();
	}

}
