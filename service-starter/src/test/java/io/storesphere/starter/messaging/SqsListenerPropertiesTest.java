package io.storesphere.starter.messaging;

import java.time.Duration;
import java.util.stream.IntStream;

import io.storesphere.starter.messaging.SqsListenerProperties.Retry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The back-off schedule and the settings that would make it meaningless. */
class SqsListenerPropertiesTest {

	@Test
	void theDefaultsKeepTodaysTenSecondsForTheFirstRetryAndDoubleFromThere() {
		Retry retry = bind().retry();

		assertThat(retry.firstDelay()).isEqualTo(Duration.ofSeconds(10));
		assertThat(IntStream.rangeClosed(1, 5).map(retry::delaySeconds)).containsExactly(10, 20, 40, 80, 160);
	}

	@Test
	void theDelayNeverExceedsTheCap() {
		Retry retry = new Retry(Duration.ofSeconds(10), 3, Duration.ofMinutes(2));

		assertThat(IntStream.of(1, 2, 3, 4, 50, Integer.MAX_VALUE).map(retry::delaySeconds)).containsExactly(10, 30, 90,
				120, 120, 120);
	}

	@Test
	void aMultiplierOfOneKeepsTheDelayFixed() {
		Retry retry = new Retry(Duration.ofSeconds(2), 1, Duration.ofSeconds(2));

		assertThat(IntStream.rangeClosed(1, 5).map(retry::delaySeconds)).containsOnly(2);
	}

	@Test
	void aServiceSetsItsOwnSchedule() {
		Retry retry = bind("storesphere.sqs-listener.retry.first-delay", "1s",
				"storesphere.sqs-listener.retry.multiplier", "1.5", "storesphere.sqs-listener.retry.max-delay", "3s")
			.retry();

		assertThat(IntStream.rangeClosed(1, 5).map(retry::delaySeconds)).containsExactly(1, 1, 2, 3, 3);
	}

	@Test
	void settingsSqsCannotHonourAreRefusedAtStartUp() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new Retry(Duration.ofMillis(500), 2, Duration.ofMinutes(1)))
			.withMessageContaining("first-delay");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new Retry(Duration.ofSeconds(10), 0.5, Duration.ofMinutes(1)))
			.withMessageContaining("multiplier");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new Retry(Duration.ofSeconds(10), 2, Duration.ofHours(13)))
			.withMessageContaining("max-delay");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new Retry(Duration.ofSeconds(10), 2, Duration.ofSeconds(5)))
			.withMessageContaining("max-delay");
	}

	private static SqsListenerProperties bind(String... keysAndValues) {
		MapConfigurationPropertySource source = new MapConfigurationPropertySource();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			source.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return new Binder(source).bindOrCreate("storesphere.sqs-listener", SqsListenerProperties.class);
	}

}
