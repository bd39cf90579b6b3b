package io.storesphere.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.UserRegistered;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.topology.bootstrap.AwsClients;
import software.amazon.awssdk.services.sqs.model.Message;

/** analytics' queue of identity events, read as that consumer reads it. */
final class IdentityEventsQueue {

	private static final EventCodec CODEC = new EventCodec();

	private IdentityEventsQueue() {
	}

	/**
	 * Reads the queue of {@code environment} until the registration of {@code email}
	 * shows up, then once more for duplicates; returns every registration of the address.
	 */
	static List<EventEnvelope<UserRegistered>> awaitRegistrations(String environment, String email, Duration timeout) {
		List<EventEnvelope<UserRegistered>> found = new ArrayList<>();
		long deadline = System.nanoTime() + timeout.toNanos();
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			String queueUrl = clients.sqs()
				.getQueueUrl((request) -> request.queueName(environment + "-analytics-identity-events"))
				.queueUrl();
			while (found.isEmpty() && System.nanoTime() < deadline) {
				for (Message message : clients.sqs()
					.receiveMessage((request) -> request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
					.messages()) {
					EventEnvelope<UserRegistered> event = CODEC.decode(message.body(), UserRegistered.class);
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
					.map((message) -> CODEC.decode(message.body(), UserRegistered.class))
					.filter((event) -> event.payload().email().equals(email))
					.forEach(found::add);
			}
		}
		return found;
	}

}
