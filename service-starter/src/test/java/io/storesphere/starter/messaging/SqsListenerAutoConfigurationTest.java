package io.storesphere.starter.messaging;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.awspring.cloud.sqs.listener.Visibility;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.StockCommitted;
import io.storesphere.starter.ServiceDefaultsAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import org.springframework.beans.factory.config.BeanDefinitionCustomizer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** When a service gets the edge, and how it replaces or extends its parts. */
class SqsListenerAutoConfigurationTest {

	private static final EventCodec CODEC = new EventCodec();

	/**
	 * Built, never called: nothing here sends. Closed once, since closing takes seconds.
	 */
	private static final SqsAsyncClient CLIENT = SqsAsyncClient.builder()
		.region(Region.US_EAST_1)
		.credentialsProvider(AnonymousCredentialsProvider.create())
		.endpointOverride(URI.create("http://127.0.0.1:9"))
		.build();

	private static final BeanDefinitionCustomizer KEEP_OPEN = (definition) -> definition.setDestroyMethodName("");

	private final ApplicationContextRunner contexts = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(ServiceDefaultsAutoConfiguration.class, SqsListenerAutoConfiguration.class));

	@Test
	void aServiceWithAnSqsClientGetsTheEdgeAndTheRedrivePolicysDeadLetterQueue() {
		this.contexts.withBean(SqsAsyncClient.class, SqsListenerAutoConfigurationTest::unusedClient, KEEP_OPEN)
			.run((context) -> {
				assertThat(context).hasSingleBean(SqsListenerEdge.class);
				assertThat(context).getBean(DeadLetters.class).isInstanceOf(SqsDeadLetters.class);
			});
	}

	@Test
	void aServiceThatDoesNotListenGetsNoEdge() {
		this.contexts.run((context) -> assertThat(context).doesNotHaveBean(SqsListenerEdge.class)
			.doesNotHaveBean(DeadLetters.class));
	}

	@Test
	void aServicesOwnDeadLettersWin() {
		DeadLetters own = (message, reason) -> {
		};
		this.contexts.withBean(SqsAsyncClient.class, SqsListenerAutoConfigurationTest::unusedClient, KEEP_OPEN)
			.withBean(DeadLetters.class, () -> own)
			.run((context) -> assertThat(context).getBean(DeadLetters.class).isSameAs(own));
	}

	@Test
	void aServicesHandledEventsBeanIsTheDedupeHook() {
		List<UUID> asked = new ArrayList<>();
		HandledEvents seenEverything = new HandledEvents() {

			@Override
			public boolean wasHandled(UUID eventId) {
				asked.add(eventId);
				return true;
			}

			@Override
			public void markHandled(EventEnvelope<?> event) {
			}

		};
		EventEnvelope<StockCommitted> event = committed();
		this.contexts.withBean(SqsAsyncClient.class, SqsListenerAutoConfigurationTest::unusedClient, KEEP_OPEN)
			.withBean(HandledEvents.class, () -> seenEverything)
			.run((context) -> {
				List<EventEnvelope<?>> handled = new ArrayList<>();
				context.getBean(SqsListenerEdge.class)
					.receive(MessageBuilder.withPayload(CODEC.encode(event)).build(), handled::add);
				assertThat(handled).isEmpty();
				assertThat(asked).containsExactly(event.eventId());
			});
	}

	@Test
	void theBackOffComesFromTheServicesProperties() {
		List<Integer> changes = new ArrayList<>();
		Visibility visibility = (seconds) -> {
			changes.add(seconds);
			return CompletableFuture.completedFuture(null);
		};
		Message<String> thirdReceive = MessageBuilder.withPayload(CODEC.encode(committed()))
			.setHeader(SqsHeaders.SQS_VISIBILITY_TIMEOUT_HEADER, visibility)
			.setHeader(SqsHeaders.MessageSystemAttributes.SQS_APPROXIMATE_RECEIVE_COUNT, "3")
			.build();
		EventHandler busy = new EventHandler() {

			@Override
			public void handle(EventEnvelope<?> event) {
				throw new IllegalStateException("busy");
			}

			@Override
			public boolean isRetryable(RuntimeException failure) {
				return true;
			}

		};
		this.contexts.withBean(SqsAsyncClient.class, SqsListenerAutoConfigurationTest::unusedClient, KEEP_OPEN)
			.withPropertyValues("storesphere.sqs-listener.retry.first-delay=3s",
					"storesphere.sqs-listener.retry.multiplier=3")
			.run((context) -> {
				SqsListenerEdge edge = context.getBean(SqsListenerEdge.class);
				assertThatExceptionOfType(IllegalStateException.class)
					.isThrownBy(() -> edge.receive(thirdReceive, busy));
				assertThat(changes).containsExactly(27);
			});
	}

	@Test
	void aScheduleSqsCannotHonourStopsTheServiceFromStarting() {
		this.contexts.withBean(SqsAsyncClient.class, SqsListenerAutoConfigurationTest::unusedClient, KEEP_OPEN)
			.withPropertyValues("storesphere.sqs-listener.retry.max-delay=13h")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("max-delay must lie between"));
	}

	private static EventEnvelope<StockCommitted> committed() {
		return EventEnvelope.wrap(new StockCommitted("o-1"), "catalog-service", "o-1", Instant.now());
	}

	private static SqsAsyncClient unusedClient() {
		return CLIENT;
	}

	@AfterAll
	static void closeClient() {
		CLIENT.close();
	}

}
