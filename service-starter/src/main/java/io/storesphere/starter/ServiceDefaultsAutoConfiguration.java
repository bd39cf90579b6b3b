package io.storesphere.starter;

import java.time.Clock;

import io.storesphere.events.EventCodec;
import tools.jackson.databind.DeserializationFeature;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The beans every service shares: the clock its domain reads time from (tests replace it
 * with a fixed one), the integration events' codec, and the JSON rules of every API. A
 * service's own bean of either of the first two types wins.
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

	/**
	 * A JSON number is not silently cut to fit: {@code "quantity": 1.5} is refused (400
	 * {@code unreadable-request}) instead of read as 1, in every service at once.
	 */
	@Bean
	JsonMapperBuilderCustomizer wholeNumbersStayWhole() {
		return (builder) -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
	}

}
