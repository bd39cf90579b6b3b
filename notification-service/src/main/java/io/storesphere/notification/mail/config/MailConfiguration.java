package io.storesphere.notification.mail.config;

import io.storesphere.notification.mail.CustomerMails;
import io.storesphere.notification.mail.MailTemplates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer e-mails, rendered from the Thymeleaf templates. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	MailTemplates mailTemplates() {
		return new ThymeleafMailTemplates();
	}

	@Bean
	CustomerMails customerMails(MailTemplates templates) {
		return new CustomerMails(templates);
	}

}
