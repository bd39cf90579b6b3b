package io.storesphere.checkout.saga.config;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.storesphere.checkout.order.DomainEvents;
import io.storesphere.checkout.order.Inbox;
import io.storesphere.checkout.order.OrderQueries;
import io.storesphere.checkout.order.Orders;
import io.storesphere.checkout.payment.Payments;
import io.storesphere.checkout.saga.OrderSaga;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java saga, wired to the order store, its inbox and the payment provider. */
@Configuration(proxyBeanMethods = false)
class SagaConfiguration {

	@Bean
	OrderSaga orderSaga(Orders orders, OrderQueries queries, Inbox inbox, Payments payments, DomainEvents domainEvents,
			Clock clock, MeterRegistry meters) {
		return new OrderSaga(orders, queries, inbox, payments, domainEvents, clock, meters);
	}

}
