package io.storesphere.notification.delivery;

/**
 * A send that did not happen. Transient failures (throttling, the service unreachable)
 * are tried again later; permanent ones (a rejected address or message) are recorded and
 * not retried.
 */
public class DeliveryFailure extends RuntimeException {

	private final boolean permanent;

	private DeliveryFailure(String message, Throwable cause, boolean permanent) {
		super(message, cause);
		this.permanent = permanent;
	}

	public static DeliveryFailure transientFailure(String message, Throwable cause) {
		return new DeliveryFailure(message, cause, false);
	}

	/**
	 * Sorts an AWS answer: 4xx except throttling means the request itself is wrong;
	 * everything else (5xx, 429, no answer) may succeed later.
	 * @param statusCode the HTTP status, or 0 when there was no answer
	 */
	public static DeliveryFailure classify(String message, Throwable cause, int statusCode) {
		boolean permanent = statusCode >= 400 && statusCode < 500 && statusCode != 429;
		return new DeliveryFailure(message, cause, permanent);
	}

	public boolean isPermanent() {
		return this.permanent;
	}

}
