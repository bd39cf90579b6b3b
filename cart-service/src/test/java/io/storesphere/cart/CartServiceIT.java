package io.storesphere.cart;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.service.OperableServiceContract;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The service boots against its real stores and answers operators as every service must.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@UseAwsEmulators
class CartServiceIT implements OperableServiceContract {

	@LocalServerPort
	private int port;

	@Override
	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Override
	public String serviceName() {
		return "cart-service";
	}

}
