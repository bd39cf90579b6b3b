package io.storesphere.notification;

import java.time.Duration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code storesphere.notification.*}: where notification reads, writes and sends.
 *
 * @param orderEventsQueue the queue subscribed to order-events
 * @param catalogEventsQueue the queue subscribed to catalog-events
 * @param adminAlertsTopic the SNS topic admins subscribe to by e-mail
 * @param dedupeTable one item per notification: per order and kind, per threshold
 * crossing
 * @param logTable the recent-notifications log
 * @param mailFrom the receipts' From address (a verified SES identity on AWS)
 * @param mailReplyTo where customers' replies go
 * @param keepFor how long dedupe records and log entries are kept
 */
@Validated
@ConfigurationProperties("storesphere.notification")
public record NotificationProperties(@NotBlank String orderEventsQueue, @NotBlank String catalogEventsQueue,
		@NotBlank String adminAlertsTopic, @NotBlank String dedupeTable, @NotBlank String logTable,
		@NotBlank @Email String mailFrom, @NotBlank @Email String mailReplyTo, @NotNull Duration keepFor) {

}
