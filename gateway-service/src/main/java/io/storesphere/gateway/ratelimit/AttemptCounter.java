package io.storesphere.gateway.ratelimit;

import java.time.Instant;

import reactor.core.publisher.Mono;

/** Counts attempts per key and window in a store every gateway task shares. */
public interface AttemptCounter {

	/**
	 * Counts one attempt unless the limit is reached.
	 * @return whether the attempt was within the limit
	 */
	Mono<Boolean> tryCount(String key, int limit, Instant expiresAt);

}
