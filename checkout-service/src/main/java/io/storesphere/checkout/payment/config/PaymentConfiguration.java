package io.storesphere.checkout.payment.config;

import java.security.SecureRandom;
import java.time.Clock;

import io.storesphere.checkout.payment.PaymentSimulator;
import io.storesphere.checkout.payment.Payments;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The payment port's one adapter: the simulator. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

	@Bean
	Payments payments(Clock clock) {
		return new PaymentSimulator(clock, new SecureRandom());
	}

}
