package io.storesphere.starter.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code storesphere.sqs-listener.*}: how the {@link SqsListenerEdge} treats the messages
 * of every queue a service listens on.
 *
 * @param retry when a message whose handling failed for a transient reason comes back
 */
@ConfigurationProperties("storesphere.sqs-listener")
public record SqsListenerProperties(@DefaultValue Retry retry) {

	/**
	 * Exponential back-off on the message's receive count: the first failure waits
	 * {@code first-delay}, each further one {@code multiplier} times longer, never more
	 * than {@code max-delay}. With the defaults a message that keeps failing comes back
	 * after 10, 20, 40 and 80 s, and after its fifth receive (the topology's
	 * {@code maxReceiveCount}) SQS moves it to the dead-letter queue.
	 *
	 * @param firstDelay the wait after the first failed receive (whole seconds, at least
	 * one)
	 * @param multiplier how much longer each further wait is (at least 1)
	 * @param maxDelay the longest wait, at most SQS's 12 hours
	 */
	public record Retry(@DefaultValue("10s") Duration firstDelay, @DefaultValue("2") double multiplier,
			@DefaultValue("5m") Duration maxDelay) {

		private static final Duration MAX_VISIBILITY_TIMEOUT = Duration.ofHours(12);

		public Retry {
			if (firstDelay.compareTo(Duration.ofSeconds(1)) < 0) {
				throw new IllegalArgumentException("first-delay must be at least 1s; was " + firstDelay);
			}
			if (!(multiplier >= 1)) {
				throw new IllegalArgumentException("multiplier must be at least 1; was " + multiplier);
			}
			if (maxDelay.compareTo(firstDelay) < 0 || maxDelay.compareTo(MAX_VISIBILITY_TIMEOUT) > 0) {
				throw new IllegalArgumentException(
						"max-delay must lie between first-delay (" + firstDelay + ") and 12h; was " + maxDelay);
			}
		}

		/**
		 * @param receiveCount the message's {@code ApproximateReceiveCount}, 1 on its
		 * first receive
		 * @return the seconds until the message is received again
		 */
		public int delaySeconds(int receiveCount) {
			double delay = this.firstDelay.toSeconds() * Math.pow(this.multiplier, Math.max(0, receiveCount - 1));
			return (int) Math.min(delay, this.maxDelay.toSeconds());
		}

	}

}
