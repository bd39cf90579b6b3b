package io.storesphere.checkout;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Orders, simulated payment, idempotency, the outbox and the stock saga. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
// The bearer scheme, on every operation that needs it, comes from the service starter.
@OpenAPIDefinition(info = @Info(title = "StoreSphere checkout-service API", version = "v1"))
public class CheckoutApplication {

	public static void main(String[] args) {
		SpringApplication.run(CheckoutApplication.class, args);
	}

}
