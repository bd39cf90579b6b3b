package io.storesphere.cart;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.service.OperableServiceContract;

/**
 * Cart service boots against the AWS emulators and answers operators as every service
 * must.
 */
@UseAwsEmulators
class CartServiceIT extends OperableServiceContract {

	CartServiceIT() {
		super("cart-service");
	}

}
