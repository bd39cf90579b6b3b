package io.storesphere.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.UserRegistered;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.net.SwitchableTcpProxy;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-up reaches analytics' identity queue as {@code identity.user-registered.v1},
 * through the outbox, also when SNS is unreachable while the customer signs up.
 */
@IdentityIntegrationTest
class UserRegisteredEventIT {

	// Identity talks to SNS through this proxy, so the test can take SNS away.
	private static final SwitchableTcpProxy SNS = SwitchableTcpProxy.to("127.0.0.1",
			AwsEmulators.endpoints().sns().getPort());

	private final EventCodec codec = new EventCodec();

	@LocalServerPort
	private int port;

	@Value("${storesphere.environment}")
	private String environment;

	@DynamicPropertySource
	static void snsThroughProxy(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.aws.sns.endpoint", SNS::url);
	}

	@AfterAll
	static void closeProxy() {
		SNS.close();
	}

	@Test
	void aSignUpIsPublishedToTheConsumersOfIdentityEvents() {
		SNS.restore();
		String email = IdentityApi.uniqueEmail();
		Response signUp = new IdentityApi("http://localhost:" + this.port).signUp("Ada Lovelace", email,
				"correct horse battery");

		List<EventEnvelope<UserRegistered>> events = awaitRegistrations(email, Duration.ofSeconds(15));

		assertThat(events).hasSize(1);
		UserRegistered registered = events.get(0).payload();
		assertThat(registered.userId()).isEqualTo(IdentityApi.json(signUp).get("id").asString());
		assertThat(registered.fullName()).isEqualTo("Ada Lovelace");
		assertThat(events.get(0).producer()).isEqualTo("identity-service");
	}

	@Test
	void aSignUpWhileSnsIsDownSucceedsAndItsEventArrivesOnceSnsIsBack() {
		SNS.cut();
		String email = IdentityApi.uniqueEmail();
		Response signUp;
		try {
			signUp = new IdentityApi("http://localhost:" + this.port).signUp("Offline Olive", email,
					"correct horse battery");
			assertThat(signUp.status()).isEqualTo(201);
			assertThat(awaitRegistrations(email, Duration.ofSeconds(3))).isEmpty();
		}
		finally {
			SNS.restore();
		}

		List<EventEnvelope<UserRegistered>> events = awaitRegistrations(email, Duration.ofSeconds(30));

		assertThat(events).hasSize(1);
		assertThat(events.get(0).payload().userId()).isEqualTo(IdentityApi.json(signUp).get("id").asString());
	}

	/**
	 * Reads analytics' identity queue until the registration of {@code email} shows up.
	 */
	private List<EventEnvelope<UserRegistered>> awaitRegistrations(String email, Duration timeout) {
		List<EventEnvelope<UserRegistered>> found = new ArrayList<>();
		long deadline = System.nanoTime() + timeout.toNanos();
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			String queueUrl = clients.sqs()
				.getQueueUrl((request) -> request.queueName(this.environment + "-analytics-identity-events"))
				.queueUrl();
			while (found.isEmpty() && System.nanoTime() < deadline) {
				for (Message message : clients.sqs()
					.receiveMessage((request) -> request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
					.messages()) {
					EventEnvelope<UserRegistered> event = this.codec.decode(message.body(), UserRegistered.class);
					if (event.payload().email().equals(email)) {
						found.add(event);
						clients.sqs()
							.deleteMessage(
									(request) -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
					}
				}
			}
			// Anything else for this address would be a duplicate.
			if (!found.isEmpty()) {
				clients.sqs()
					.receiveMessage((request) -> request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
					.messages()
					.stream()
					.map((message) -> this.codec.decode(message.body(), UserRegistered.class))
					.filter((event) -> event.payload().email().equals(email))
					.forEach(found::add);
			}
		}
		return found;
	}

}
