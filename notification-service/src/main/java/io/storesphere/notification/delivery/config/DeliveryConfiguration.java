package io.storesphere.notification.delivery.config;

import java.time.Clock;

import io.storesphere.notification.delivery.Deliveries;
import io.storesphere.notification.delivery.DeliveryClaims;
import io.storesphere.notification.delivery.NotificationLog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the exactly-once rule to its store, so the rule itself needs no stereotype. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

	@Bean
	Deliveries deliveries(DeliveryClaims claims, NotificationLog log, Clock clock) {
		return new Deliveries(claims, log, clock);
	}

}
