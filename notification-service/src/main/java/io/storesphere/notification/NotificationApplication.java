package io.storesphere.notification;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** SES receipts and cancellation e-mails, SNS low-stock alerts, each exactly once. */
@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "StoreSphere notification-service API", version = "v1"))
@ConfigurationPropertiesScan
public class NotificationApplication {

	public static void main(String[] args) {
		SpringApplication.run(NotificationApplication.class, args);
	}

}
