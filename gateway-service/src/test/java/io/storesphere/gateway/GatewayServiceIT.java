package io.storesphere.gateway;

import io.storesphere.testsupport.service.OperableServiceContract;

/**
 * Gateway service boots with no store of its own and answers operators as every service
 * must.
 */
class GatewayServiceIT extends OperableServiceContract {

	GatewayServiceIT() {
		super("gateway-service");
	}

}
