package io.storesphere.identity.outbox.config;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code storesphere.identity.outbox.*}: where identity's events go, how the outbox
 * catches up after a failed publication, and how long it remembers published ones.
 *
 * @param topic the SNS topic name (with the environment prefix), e.g.
 * {@code prod-identity-events}
 * @param pollInterval how often failed publications are tried again (default 2 seconds)
 * @param batchSize publications tried again per round at most
 * @param keepPublished how long a published event stays in {@code event_publication}
 * (default 7 days)
 */
@Validated
@ConfigurationProperties("storesphere.identity.outbox")
public record OutboxProperties(@NotBlank String topic, @NotNull Duration pollInterval, @Min(1) int batchSize,
		@NotNull Duration keepPublished) {

}
