package io.storesphere.checkout.order.messaging;

import java.time.Duration;

import io.awspring.cloud.autoconfigure.sns.SnsClientCustomizer;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

import org.springframework.stereotype.Component;

/**
 * Bounds every SNS call, so a broker that hangs holds up the outbox for seconds, not for
 * the SDK's unbounded default; the relay tries again later.
 */
@Component
class SnsTimeouts implements SnsClientCustomizer {

	@Override
	public void customize(SnsClientBuilder builder) {
		builder.overrideConfiguration(
				(config) -> config.apiCallAttemptTimeout(Duration.ofSeconds(3)).apiCallTimeout(Duration.ofSeconds(8)));
	}

}
