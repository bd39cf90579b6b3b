package io.storesphere.checkout.order;

import java.security.SecureRandom;

import io.storesphere.checkout.CheckoutProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java pricing and numbering, configured. */
@Configuration(proxyBeanMethods = false)
class OrderConfiguration {

	@Bean
	Pricing pricing(CheckoutProperties properties) {
		return new Pricing(properties.taxRate(), properties.currency());
	}

	@Bean
	OrderNumbers orderNumbers() {
		return new OrderNumbers(new SecureRandom());
	}

}
