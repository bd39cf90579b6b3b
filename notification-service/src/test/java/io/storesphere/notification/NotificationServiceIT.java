package io.storesphere.notification;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.service.OperableServiceContract;

/**
 * Notification service boots against the AWS emulators and answers operators as every
 * service must.
 */
@UseAwsEmulators
class NotificationServiceIT extends OperableServiceContract {

	NotificationServiceIT() {
		super("notification-service");
	}

}
