package io.storesphere.notification.mail;

import io.storesphere.notification.delivery.DeliveryFailure;

/** The e-mail provider, as notification sees it. */
public interface MailSender {

	/**
	 * @return the provider's message id
	 * @throws DeliveryFailure transient or permanent
	 */
	String send(Mail mail);

}
