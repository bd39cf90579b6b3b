package io.storesphere.notification;

import java.time.Duration;

import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderPlaced;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.net.SwitchableTcpProxy;
import io.storesphere.testsupport.security.UseTestTokens;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With SES unreachable when the order arrives, the receipt goes out once SES is back,
 * exactly once.
 */
@SpringBootTest
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
class SesOutageIT {

	private static final SwitchableTcpProxy SES = SwitchableTcpProxy.to("127.0.0.1",
			AwsEmulators.endpoints().ses().getPort());

	@Value("${storesphere.environment}")
	private String environment;

	@DynamicPropertySource
	static void sesThroughProxy(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.aws.ses.endpoint", SES::url);
	}

	@AfterAll
	static void closeProxy() {
		SES.close();
	}

	@Test
	void theReceiptIsSentOnceSesIsBackAndOnlyOnce() {
		String address = Inbox.uniqueAddress();
		EventEnvelope<OrderPlaced> order = Inbox.order("Patient Pat", address);
		SES.cut();
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			TestTopology.publish(clients, this.environment + "-order-events", order);
			await().during(Duration.ofSeconds(4))
				.atMost(Duration.ofSeconds(6))
				.untilAsserted(() -> assertThat(Inbox.mailTo(address)).isEmpty());
		}
		finally {
			SES.restore();
		}

		await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(Inbox.mailTo(address)).hasSize(1));
		await().during(Duration.ofSeconds(5))
			.atMost(Duration.ofSeconds(8))
			.untilAsserted(() -> assertThat(Inbox.mailTo(address)).hasSize(1));
	}

}
