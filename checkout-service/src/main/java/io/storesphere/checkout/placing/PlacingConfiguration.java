package io.storesphere.checkout.placing;

import java.security.SecureRandom;

import io.storesphere.checkout.CheckoutProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java pricing and numbering, configured. */
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

}
