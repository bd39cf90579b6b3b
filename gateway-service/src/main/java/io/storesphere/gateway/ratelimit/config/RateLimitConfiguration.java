package io.storesphere.gateway.ratelimit.config;

import java.time.Clock;

import io.storesphere.gateway.ratelimit.AttemptCounter;
import io.storesphere.gateway.ratelimit.SignInRateLimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sign-in rate limit with its configured window, counting in the shared store. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	SignInRateLimit signInRateLimit(AttemptCounter counter, RateLimitProperties properties, Clock clock) {
		return new SignInRateLimit(counter, properties.requestsPerWindow(), properties.window(), clock);
	}

}
