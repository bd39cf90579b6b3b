package io.storesphere.checkout.order.config;

import io.storesphere.checkout.order.DomainEvents;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Domain events travel as Spring application events, so the outbox publisher hears of a
 * written order through its {@code @EventListener} while the use cases know only
 * {@link DomainEvents}.
 */
@Configuration(proxyBeanMethods = false)
class DomainEventsConfiguration {

	@Bean
	DomainEvents domainEvents(ApplicationEventPublisher applicationEvents) {
		return applicationEvents::publishEvent;
	}

}
