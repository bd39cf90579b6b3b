package io.storesphere.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Sign-in, sign-up and session sign-in attempts per client and fixed window, counted in a
 * store every gateway task shares. If the store cannot count, the attempt is let through
 * and logged: the account lockout in identity still protects passwords, and sign-in
 * should not fail because a counter did.
 */
public final class SignInRateLimit {

	private static final Logger log = LoggerFactory.getLogger(SignInRateLimit.class);

	private final AttemptCounter counter;

	private final int attemptsPerWindow;

	private final Duration window;

	private final Clock clock;

	public SignInRateLimit(AttemptCounter counter, int attemptsPerWindow, Duration window, Clock clock) {
		this.counter = counter;
		this.attemptsPerWindow = attemptsPerWindow;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Counts one attempt by a client.
	 * @param client who made the attempt, e.g. its address
	 * @return whether the attempt may go on, and if not, how long the client must wait
	 */
	public Mono<Verdict> attempt(String client) {
		Instant now = this.clock.instant();
		FixedWindow current = FixedWindow.containing(now, this.window);
		return this.counter.tryCount(current.key("sign-in:" + client), this.attemptsPerWindow, current.end())
			.onErrorResume((storeDown) -> {
				log.warn("Rate limit store unavailable, letting the attempt through: {}", storeDown.toString());
				return Mono.just(true);
			})
			.map((allowed) -> allowed ? Verdict.ALLOWED : new Verdict(false, current.secondsLeft(now)));
	}

	/**
	 * What became of one attempt.
	 *
	 * @param allowed whether it is within the limit
	 * @param retryAfterSeconds when refused, whole seconds until the window ends (at
	 * least one): the {@code Retry-After} value
	 */
	public record Verdict(boolean allowed, long retryAfterSeconds) {

		static final Verdict ALLOWED = new Verdict(true, 0);

	}

}
