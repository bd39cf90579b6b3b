package io.storesphere.cart.shopping.config;

import java.time.Clock;

import io.storesphere.cart.CartProperties;
import io.storesphere.cart.shopping.CartLimits;
import io.storesphere.cart.shopping.CartService;
import io.storesphere.cart.shopping.CartStore;
import io.storesphere.cart.shopping.Catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java cart core to its adapters and configuration, so the core needs no
 * stereotype.
 */
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
