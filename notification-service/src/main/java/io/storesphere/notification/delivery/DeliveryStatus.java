package io.storesphere.notification.delivery;

/** Where one notification stands, as every consumer sees it. */
public enum DeliveryStatus {

	/** Claimed by a consumer that is sending it, or died while sending it. */
	SENDING,

	/** Accepted by the provider: never sent again. */
	SENT,

	/** Refused by the provider for good: never tried again. */
	REJECTED;

	boolean isFinal() {
		return this != SENDING;
	}

}
