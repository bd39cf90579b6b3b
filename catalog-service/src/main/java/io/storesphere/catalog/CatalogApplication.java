package io.storesphere.catalog;

import io.storesphere.starter.security.PublicPaths;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Products, stock and thresholds on DynamoDB, images in S3; deducts stock from
 * order-placed.
 */
@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "StoreSphere catalog-service API", version = "v1"))
@ConfigurationPropertiesScan
@EnableScheduling
public class CatalogApplication {

	public static void main(String[] args) {
		SpringApplication.run(CatalogApplication.class, args);
	}

	/** Anyone may browse the catalogue; everything else needs a token. */
	@Bean
	PublicPaths browsing() {
		return PublicPaths.get("/api/products/**");
	}

}
