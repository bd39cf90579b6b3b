package io.storesphere.starter.messaging;

import io.awspring.cloud.sns.core.TopicArnResolver;
import software.amazon.awssdk.services.sns.SnsClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link EventPublisher} of a service that publishes: present when Spring Cloud AWS's
 * SNS client is (the service depends on {@code spring-cloud-aws-starter-sns}); a
 * service's own publisher wins.
 */
@AutoConfiguration(afterName = "io.awspring.cloud.autoconfigure.sns.SnsAutoConfiguration")
@ConditionalOnClass({ SnsClient.class, TopicArnResolver.class })
public class MessagingAutoConfiguration {

	@Bean
	@ConditionalOnBean(SnsClient.class)
	@ConditionalOnMissingBean(EventPublisher.class)
	SnsEventPublisher snsEventPublisher(SnsClient sns) {
		return new SnsEventPublisher(sns);
	}

}
