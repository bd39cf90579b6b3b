package io.storesphere.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.storesphere.gateway.ratelimit.SignInRateLimit.Verdict;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixed-window arithmetic and the fail-open rule, without a store. */
class SignInRateLimitTest {

	private static final Instant WINDOW_START = Instant.parse("2026-11-30T10:00:00Z");

	private final List<String> counted = new ArrayList<>();

	@Test
	void eachAttemptIsCountedUnderTheClientAndWindowUntilTheWindowEnds() {
		SignInRateLimit limit = limit(at("10:00:20"), (key, max, expiresAt) -> {
			this.counted.add(key + " max " + max + " until " + expiresAt);
			return Mono.just(true);
		});

		Verdict verdict = limit.attempt("198.51.100.7").block();

		assertThat(verdict.allowed()).isTrue();
		assertThat(this.counted).containsExactly(
				"sign-in:198.51.100.7#" + WINDOW_START.toEpochMilli() + " max 10 until 2026-11-30T10:01:00Z");
	}

	@Test
	void overTheLimitTheClientWaitsForTheNextWindowInWholeSeconds() {
		SignInRateLimit limit = limit(at("10:00:20.500"), (key, max, expiresAt) -> Mono.just(false));

		Verdict verdict = limit.attempt("198.51.100.7").block();

		assertThat(verdict.allowed()).isFalse();
		assertThat(verdict.retryAfterSeconds()).isEqualTo(40);
	}

	@Test
	void theLastMomentOfAWindowStillAsksForOneSecond() {
		SignInRateLimit limit = limit(at("10:00:59.999"), (key, max, expiresAt) -> Mono.just(false));

		assertThat(limit.attempt("198.51.100.7").block().retryAfterSeconds()).isEqualTo(1);
	}

	@Test
	void anAttemptTheStoreCannotCountIsLetThrough() {
		SignInRateLimit limit = limit(at("10:00:20"),
				(key, max, expiresAt) -> Mono.error(new IllegalStateException("store unreachable")));

		assertThat(limit.attempt("198.51.100.7").block().allowed()).isTrue();
	}

	private static SignInRateLimit limit(Clock clock, AttemptCounter counter) {
		return new SignInRateLimit(counter, 10, Duration.ofMinutes(1), clock);
	}

	private static Clock at(String time) {
		return Clock.fixed(Instant.parse("2026-11-30T" + time + "Z"), ZoneOffset.UTC);
	}

}
