package io.storesphere.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * A fixed counting window, e.g. the current minute. Plain Java. Fixed windows let a
 * client spend up to twice the limit around a window boundary; for throttling sign-in
 * attempts that is fine and it keeps each check to one atomic counter update.
 *
 * @param start the window's first instant
 * @param end the instant the next window starts
 */
record FixedWindow(Instant start, Instant end) {

	static FixedWindow containing(Instant now, Duration length) {
		long lengthMillis = length.toMillis();
		long start = Math.floorDiv(now.toEpochMilli(), lengthMillis) * lengthMillis;
		return new FixedWindow(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + lengthMillis));
	}

	/**
	 * Whole seconds until the window ends, at least one: the {@code Retry-After} value.
	 */
	long secondsLeft(Instant now) {
		return Math.max(1, (Duration.between(now, this.end).toMillis() + 999) / 1000);
	}

	String key(String client) {
		return client + "#" + this.start.toEpochMilli();
	}

}
