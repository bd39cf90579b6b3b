package io.storesphere.identity;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Accounts, password hashes, roles and the JWT signing keys (JWKS); publishes
 * user-registered.
 */
@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "StoreSphere identity-service API", version = "v1"))
@ConfigurationPropertiesScan
public class IdentityApplication {

	public static void main(String[] args) {
		SpringApplication.run(IdentityApplication.class, args);
	}

}
