package io.storesphere.identity.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code storesphere.identity.outbox.*}: where identity's events go and how the relay
 * catches up.
 *
 * @param topic the SNS topic name (with the environment prefix), e.g.
 * {@code prod-identity-events}
 * @param pollInterval how often the relay looks for unpublished events (default 2
 * seconds)
 * @param batchSize events published per round at most
 */
@Validated
@ConfigurationProperties("storesphere.identity.outbox")
public record OutboxProperties(@NotBlank String topic, @NotNull Duration pollInterval, @Min(1) int batchSize) {

}
