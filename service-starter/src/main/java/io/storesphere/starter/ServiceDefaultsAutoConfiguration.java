package io.storesphere.starter;

import java.time.Clock;

import io.storesphere.events.EventCodec;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The beans every service shares: the clock its domain reads time from (tests replace it
 * with a fixed one) and the integration events' codec. A service's own bean of either
 * type wins.
 */
@AutoConfiguration
public class ServiceDefaultsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	EventCodec eventCodec() {
		return new EventCodec();
	}

}
