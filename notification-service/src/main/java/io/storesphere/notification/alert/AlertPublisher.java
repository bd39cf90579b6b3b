package io.storesphere.notification.alert;

import io.storesphere.notification.delivery.DeliveryFailure;

/** The admins' alert channel, as notification sees it. */
public interface AlertPublisher {

	/**
	 * @return the provider's message id
	 * @throws DeliveryFailure transient or permanent
	 */
	String publish(String subject, String message);

}
