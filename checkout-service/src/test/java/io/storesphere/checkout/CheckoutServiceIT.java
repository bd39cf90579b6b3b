package io.storesphere.checkout;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.service.OperableServiceContract;

/**
 * Checkout service boots against the AWS emulators and answers operators as every service
 * must.
 */
@UseAwsEmulators
class CheckoutServiceIT extends OperableServiceContract {

	CheckoutServiceIT() {
		super("checkout-service");
	}

}
