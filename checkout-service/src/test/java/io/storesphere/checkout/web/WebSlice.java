package io.storesphere.checkout.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.order.OrderQueries;
import io.storesphere.checkout.placing.Checkout;
import io.storesphere.checkout.placing.Pricing;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A {@code @WebMvcTest} of checkout's whole API: its three controllers, its
 * {@code ProblemHandling} and the starter's resource-server chain as the service runs
 * them, with the use case ({@link Checkout}) and the store's reads ({@link OrderQueries})
 * mocked, so no emulator, no cart and no catalog are needed. Every slice test of the
 * service uses this one annotation, so they share one cached context.
 * <p>
 * Boot 4 moved the slice's own security auto-configuration to
 * {@code spring-boot-security-test}; without it the starter's
 * {@code ResourceServerAutoConfiguration} (which the starter adds to every
 * {@code @WebMvcTest}) finds no {@code HttpSecurity}. The three auto-configurations the
 * running service gets are imported here instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
@Import(WebSlice.Beans.class)
@MockitoBean(types = { Checkout.class, OrderQueries.class })
@ActiveProfiles("test")
public @interface WebSlice {

	/**
	 * The plain beans the controllers need, built as the service builds them from
	 * application.yml.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CheckoutProperties.class)
	class Beans {

		@Bean
		Pricing pricing(CheckoutProperties properties) {
			return new Pricing(properties.taxRate(), properties.currency());
		}

		@Bean
		Tokens tokens(JwtAuthenticationConverter converter) {
			return new Tokens(converter);
		}

	}

}
