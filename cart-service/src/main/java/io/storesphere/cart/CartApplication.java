package io.storesphere.cart;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** One live cart per user on DynamoDB. */
@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "StoreSphere cart-service API", version = "v1"))
@ConfigurationPropertiesScan
public class CartApplication {

	public static void main(String[] args) {
		SpringApplication.run(CartApplication.class, args);
	}

}
