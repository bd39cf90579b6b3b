package io.storesphere.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What one load run aims at, read from system properties ({@code storesphere.load.*}),
 * which {@link LoadRun} sets from its arguments.
 *
 * @param gateway the suite's front door
 * @param ses the SES emulator, whose store holds the receipts the buyers wait for
 * @param state the running suite's state folder ({@code .storesphere}), which holds the
 * administrator's password of the local run
 * @param rate new visitors per second, all scenarios together
 * @param duration how long visitors keep arriving
 * @param from the local address the simulated visitors send from: the one the gateway's
 * sign-in limit exempts ({@code storesphere.gateway.rate-limit.exempt-clients})
 */
record LoadSettings(String gateway, String ses, Path state, double rate, Duration duration, String from) {

	static final String PREFIX = "storesphere.load.";

	static LoadSettings fromSystemProperties() {
		return new LoadSettings(property("gateway", "http://localhost:8080"), property("ses", "http://127.0.0.1:8005"),
				Path.of(property("state", ".storesphere")), Double.parseDouble(property("rate", "5")),
				Duration.ofSeconds(Long.parseLong(property("duration", "60"))), property("from", "127.0.0.2"));
	}

	LoadSettings {
		if (!(rate > 0) || rate > 1000) {
			throw new IllegalArgumentException(
					"The rate is new visitors per second, above 0 and at most 1000: " + rate);
		}
		if (duration.isNegative() || duration.isZero() || duration.toHours() > 24) {
			throw new IllegalArgumentException("The duration is seconds, above 0 and at most a day: " + duration);
		}
	}

	/**
	 * How many visitors of a scenario arrive over the run: its share, and at least one.
	 */
	int visitors(double share) {
		return (int) Math.max(1, Math.round(this.rate * share * this.duration.toSeconds()));
	}

	String adminPassword() {
		Path file = this.state.resolve("data/admin-password.txt");
		try {
			return Files.readString(file).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No administrator password at " + file.toAbsolutePath()
					+ "; is the suite running from that state folder?", ex);
		}
	}

	private static String property(String name, String fallback) {
		String value = System.getProperty(PREFIX + name);
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

}
