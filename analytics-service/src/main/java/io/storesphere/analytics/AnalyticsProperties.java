package io.storesphere.analytics;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code storesphere.analytics.queues.*}: analytics' SQS queues (with the environment
 * prefix).
 *
 * @param identityEvents the queue subscribed to identity-events
 * @param orderEvents the queue subscribed to order-events
 */
@Validated
@ConfigurationProperties("storesphere.analytics.queues")
public record AnalyticsProperties(@NotBlank String identityEvents, @NotBlank String orderEvents) {

}
