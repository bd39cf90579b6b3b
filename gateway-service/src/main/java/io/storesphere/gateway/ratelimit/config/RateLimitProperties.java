package io.storesphere.gateway.ratelimit.config;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code storesphere.gateway.rate-limit.*}: how many sign-in and sign-up attempts one
 * client may make per window, counted in a DynamoDB table that every gateway task shares.
 *
 * @param enabled whether to limit at all
 * @param requestsPerWindow attempts allowed per client and window (default 10)
 * @param window the window's length (default one minute)
 * @param table the DynamoDB table holding the counters
 * @param trustForwardedFor whether the client is the last {@code X-Forwarded-For} address
 * (true behind the ALB, which appends it; false where clients could set it themselves)
 * @param exemptClients client addresses the limit does not count, for an operator's own
 * traffic: the load generator ({@code ./storesphere load} sends from 127.0.0.2), never a
 * shopper's address (default none)
 */
@Validated
@ConfigurationProperties("storesphere.gateway.rate-limit")
public record RateLimitProperties(boolean enabled, @Min(1) int requestsPerWindow, @NotNull Duration window,
		@NotBlank String table, boolean trustForwardedFor, List<String> exemptClients) {

	public RateLimitProperties {
		exemptClients = (exemptClients != null) ? List.copyOf(exemptClients) : List.of();
	}

	/** Whether the limit leaves this client's attempts uncounted. */
	public boolean exempts(String client) {
		return this.exemptClients.contains(client);
	}

}
