package io.storesphere.cart;

import java.time.Clock;

import io.storesphere.cart.cart.CartLimits;
import io.storesphere.cart.cart.CartService;
import io.storesphere.cart.cart.CartStore;
import io.storesphere.cart.cart.Catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java cart core to its adapters and configuration. */
@Configuration(proxyBeanMethods = false)
class CartConfiguration {

	@Bean
	CartService cartService(CartStore store, Catalog catalog, CartProperties properties, Clock clock) {
		return new CartService(store, catalog, new CartLimits(properties.maxQuantityPerLine(), properties.maxLines()),
				new CartService.Policy(properties.expireAfter(), properties.keepEventsFor(),
						properties.writes().attempts(), properties.writes().backoff(),
						properties.writes().maxBackoff()),
				clock);
	}

}
