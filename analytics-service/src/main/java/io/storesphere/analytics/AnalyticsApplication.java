package io.storesphere.analytics;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Every customer's lifetime value, sales facts and the admin analytics API. */
@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "StoreSphere analytics-service API", version = "v1"))
@ConfigurationPropertiesScan
public class AnalyticsApplication {

	public static void main(String[] args) {
		SpringApplication.run(AnalyticsApplication.class, args);
	}

}
