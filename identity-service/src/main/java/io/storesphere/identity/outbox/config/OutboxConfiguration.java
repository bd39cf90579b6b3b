package io.storesphere.identity.outbox.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.storesphere.identity.outbox.messaging.EventNotPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Identity's outbox is Spring Modulith's event publication registry (table
 * {@code event_publication}): an event raised in a transaction is stored with it, the
 * relay publishes it asynchronously after the commit, and what did not get out is tried
 * again on a schedule and on restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class OutboxConfiguration {

	private static final Logger log = LoggerFactory.getLogger(OutboxConfiguration.class);

	@Bean
	OutboxSchedule outboxSchedule(IncompleteEventPublications incomplete, CompletedEventPublications completed,
			OutboxProperties properties) {
		return new OutboxSchedule(incomplete, completed, properties);
	}

	/** The backlog operators watch: events written but not yet published. */
	@Bean
	MeterBinder outboxPending(JdbcClient jdbc) {
		return (registry) -> Gauge
			.builder("storesphere.outbox.pending", jdbc,
					(client) -> client.sql("select count(*) from event_publication where completion_date is null")
						.query(Long.class)
						.single())
			.description("Events written but not yet published")
			.register(registry);
	}

	/**
	 * A relay's failed attempt is expected while SNS is away and is tried again: one
	 * warning line, not the stack trace Spring logs for an asynchronous failure.
	 */
	@Bean
	AsyncConfigurer outboxFailuresAsWarnings() {
		return new AsyncConfigurer() {

			@Override
			public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
				return (ex, method, params) -> {
					if (ex instanceof EventNotPublished) {
						log.warn(ex.getMessage());
					}
					else {
						log.error("Unexpected exception in asynchronous method {}", method, ex);
					}
				};
			}

		};
	}

}
