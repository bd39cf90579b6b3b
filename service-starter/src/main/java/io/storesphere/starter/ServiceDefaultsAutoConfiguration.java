package io.storesphere.starter;

import java.time.Clock;

import io.storesphere.events.EventCodec;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * The beans every service shares: the clock its domain reads time from (tests replace it
 * with a fixed one), the integration events' codec, and the JSON rules of every API (its
 * request bodies stricter than its clients' reads). A service's own bean of either of the
 * first two types wins.
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
	 * A JSON number is not silently cut to fit: {@code "quantity": 1.5} is refused
	 * instead of read as 1, in every service at once.
	 */
	@Bean
	JsonMapperBuilderCustomizer wholeNumbersStayWhole() {
		return (builder) -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
	}

	/**
	 * What a service accepts is stricter than what it reads from others: its request
	 * bodies are read by a mapper where a JSON value keeps its JSON type (see
	 * {@link #keepJsonTypes}), while its clients still read the decimal strings other
	 * services answer with as numbers.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ServerHttpMessageConvertersCustomizer.class)
	static class StrictRequestBodies {

		@Bean
		StrictJsonRequests strictJsonRequests(ObjectProvider<JsonMapper> jsonMapper) {
			return new StrictJsonRequests(jsonMapper);
		}

	}

	/**
	 * A value of the wrong JSON type is refused (a 400 naming the field) instead of
	 * converted: a string is not read as a number ({@code "quantity": "1"}, full-width
	 * {@code "１２"}, {@code "price": "12.50"}) or a boolean, nor a number or a boolean as
	 * a string ({@code "cardNumber": -9223372036854775809}).
	 */
	static JsonMapper.Builder keepJsonTypes(JsonMapper.Builder builder) {
		return builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.withCoercionConfig(LogicalType.Textual,
					(texts) -> texts.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					(integers) -> integers.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					(decimals) -> decimals.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					(booleans) -> booleans.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
	}

	/**
	 * Replaces the JSON converter of the server side only; after Boot's own
	 * ({@code @Order(0)}).
	 */
	static final class StrictJsonRequests implements ServerHttpMessageConvertersCustomizer, Ordered {

		private final ObjectProvider<JsonMapper> jsonMapper;

		StrictJsonRequests(ObjectProvider<JsonMapper> jsonMapper) {
			this.jsonMapper = jsonMapper;
		}

		/**
		 * The service's own mapper with {@link #keepJsonTypes} added, when it has one.
		 */
		@Override
		public void customize(HttpMessageConverters.ServerBuilder builder) {
			this.jsonMapper.ifAvailable((mapper) -> builder
				.withJsonConverter(new JacksonJsonHttpMessageConverter(keepJsonTypes(mapper.rebuild()).build())));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
