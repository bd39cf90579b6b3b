package io.storesphere.notification.delivery;

import java.time.Instant;
import java.util.Optional;

/**
 * Claims on notifications, kept where every consumer sees them: whoever holds a
 * notification's claim is the one who may send it.
 */
public interface DeliveryClaims {

	/**
	 * Claims a notification as {@link DeliveryStatus#SENDING}, atomically.
	 * @param key the notification's key
	 * @param now when the claim is made
	 * @param staleBefore a SENDING claim made before this may be taken over
	 * @return whether the claim is now this consumer's; false if it exists and is not
	 * stale
	 */
	boolean claim(String key, Instant now, Instant staleBefore);

	/**
	 * The claim's status, read after every write before it.
	 * @return empty if there is no claim
	 */
	Optional<DeliveryStatus> status(String key);

	/**
	 * Marks a claim final.
	 * @param status {@link DeliveryStatus#SENT} or {@link DeliveryStatus#REJECTED}
	 * @param detail the provider's message id, or why it refused
	 */
	void finish(String key, DeliveryStatus status, String detail);

	/** Gives back a claim that is still SENDING, so a retry can take it at once. */
	void release(String key);

}
