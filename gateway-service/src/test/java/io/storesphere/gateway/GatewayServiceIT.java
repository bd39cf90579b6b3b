package io.storesphere.gateway;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.service.OperableServiceContract;

/** The gateway boots and answers operators as every service must. */
@UseAwsEmulators
class GatewayServiceIT extends OperableServiceContract {

	GatewayServiceIT() {
		super("gateway-service");
	}

}
