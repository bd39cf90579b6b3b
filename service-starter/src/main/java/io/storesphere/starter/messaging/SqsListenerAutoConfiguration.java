package io.storesphere.starter.messaging;

import io.awspring.cloud.sqs.listener.Visibility;
import io.storesphere.events.EventCodec;
import io.storesphere.starter.ServiceDefaultsAutoConfiguration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link SqsListenerEdge} of a service that listens: present where Spring Cloud AWS's
 * SQS client is (the service depends on {@code spring-cloud-aws-starter-sqs}). A
 * service's own {@link DeadLetters} or edge wins; a {@link HandledEvents} bean, if the
 * service declares one, is its dedupe hook.
 */
@AutoConfiguration(after = ServiceDefaultsAutoConfiguration.class,
		afterName = "io.awspring.cloud.autoconfigure.sqs.SqsAutoConfiguration")
@ConditionalOnClass({ SqsAsyncClient.class, Visibility.class })
@ConditionalOnBean(SqsAsyncClient.class)
@EnableConfigurationProperties(SqsListenerProperties.class)
public class SqsListenerAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(DeadLetters.class)
	SqsDeadLetters sqsDeadLetters(SqsAsyncClient sqs) {
		return new SqsDeadLetters(sqs);
	}

	@Bean
	@ConditionalOnMissingBean
	SqsListenerEdge sqsListenerEdge(EventCodec codec, DeadLetters deadLetters,
			ObjectProvider<HandledEvents> handledEvents, SqsListenerProperties properties) {
		return new SqsListenerEdge(codec, deadLetters, handledEvents.getIfAvailable(() -> HandledEvents.NONE),
				properties.retry());
	}

}
