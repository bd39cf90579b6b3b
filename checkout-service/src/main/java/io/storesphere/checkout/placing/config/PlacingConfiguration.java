package io.storesphere.checkout.placing.config;

import java.security.SecureRandom;
import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.idempotency.IdempotencyKeys;
import io.storesphere.checkout.order.DomainEvents;
import io.storesphere.checkout.order.OrderQueries;
import io.storesphere.checkout.order.Orders;
import io.storesphere.checkout.payment.Payments;
import io.storesphere.checkout.placing.Checkout;
import io.storesphere.checkout.placing.OrderNumbers;
import io.storesphere.checkout.placing.PriceList;
import io.storesphere.checkout.placing.Pricing;
import io.storesphere.checkout.placing.ShoppingCart;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plain-Java checkout use case with its pricing and numbering, configured from
 * {@code storesphere.checkout.*} and wired to cart, catalog, the payment provider and the
 * stores.
 */
@Configuration(proxyBeanMethods = false)
class PlacingConfiguration {

	@Bean
	Pricing pricing(CheckoutProperties properties) {
		return new Pricing(properties.taxRate(), properties.currency());
	}

	@Bean
	OrderNumbers orderNumbers() {
		return new OrderNumbers(new SecureRandom());
	}

	@Bean
	Checkout checkout(ShoppingCart cart, PriceList priceList, Payments payments, Orders orders, OrderQueries queries,
			IdempotencyKeys keys, DomainEvents domainEvents, Pricing pricing, OrderNumbers orderNumbers,
			CheckoutProperties properties, Clock clock, MeterRegistry meters) {
		return new Checkout(cart, priceList, payments, orders, queries, keys, domainEvents, pricing, orderNumbers,
				properties.idempotency().inFlightWait(), clock, meters);
	}

}
