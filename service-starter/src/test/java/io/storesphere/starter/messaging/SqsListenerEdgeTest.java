package io.storesphere.starter.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.awspring.cloud.sqs.listener.Visibility;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventDecodingException;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.StockCommitted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The edge's decisions, one message at a time, without a queue: what reaches the handler,
 * what goes to the dead-letter queue, what is skipped as handled, and when a failed
 * message comes back. {@code SqsListenerEdgeIT} runs the same edge against real queues.
 */
class SqsListenerEdgeTest {

	private static final EventCodec CODEC = new EventCodec();

	private static final SqsListenerProperties.Retry RETRY = new SqsListenerProperties.Retry(Duration.ofSeconds(10), 2,
			Duration.ofMinutes(5));

	private final List<String> deadLettered = new ArrayList<>();

	private final RememberedEvents handledEvents = new RememberedEvents();

	private final RecordingVisibility visibility = new RecordingVisibility();

	private final SqsListenerEdge edge = new SqsListenerEdge(CODEC,
			(message, reason) -> this.deadLettered.add(message.getPayload() + " <- " + reason), this.handledEvents,
			RETRY);

	@Test
	void theHandlerGetsTheDecodedEnvelope() {
		EventEnvelope<StockCommitted> event = committed("o-1");
		List<EventEnvelope<?>> handled = new ArrayList<>();

		this.edge.receive(message(CODEC.encode(event), 1), handled::add);

		assertThat(handled).containsExactly(event);
		assertThat(this.deadLettered).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "not json", "{\"eventType\":\"checkout.order-shipped.v1\"}",
			"{\"eventType\":\"catalog.stock-committed.v1\",\"eventId\":\"7c6b3e2a-0d55-4f5e-9d0b-1f2a3b4c5d6e\","
					+ "\"occurredAt\":\"2026-01-02T03:04:05Z\",\"producer\":\"catalog-service\","
					+ "\"correlationId\":\"o-1\",\"payload\":{}}" })
	void anUnreadableMessageGoesToTheDeadLetterQueueAtOnceAndIsAcknowledged(String body) {
		List<EventEnvelope<?>> handled = new ArrayList<>();

		this.edge.receive(message(body, 1), handled::add);

		assertThat(handled).isEmpty();
		assertThat(this.deadLettered).singleElement().asString().startsWith(body + " <- ");
		assertThat(this.visibility.changes).isEmpty();
	}

	@Test
	void theDeadLetterReasonNamesWhatIsWrong() {
		this.edge.receive(message("{\"eventType\":\"checkout.order-shipped.v1\"}", 1), (event) -> {
		});

		assertThat(this.deadLettered).singleElement()
			.asString()
			.endsWith("Unknown event type 'checkout.order-shipped.v1'");
	}

	@Test
	void anUnreadableMessageThatCannotBeDeadLetteredStaysOnTheQueue() {
		SqsListenerEdge edge = new SqsListenerEdge(CODEC, (message, reason) -> {
			throw new IllegalStateException("no redrive policy");
		}, HandledEvents.NONE, RETRY);

		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> edge.receive(message("not json", 1), (event) -> {
			}))
			.satisfies((thrown) -> assertThat(thrown.getSuppressed()).singleElement()
				.extracting(Throwable::getMessage)
				.isEqualTo("no redrive policy"));
	}

	@Test
	void anEventHandledBeforeIsSkippedAndEachHandledOneIsRecorded() {
		EventEnvelope<StockCommitted> event = committed("o-2");
		List<EventEnvelope<?>> handled = new ArrayList<>();

		this.edge.receive(message(CODEC.encode(event), 1), handled::add);
		this.edge.receive(message(CODEC.encode(event), 2), handled::add);

		assertThat(handled).containsExactly(event);
		assertThat(this.handledEvents.ids).containsExactly(event.eventId());
	}

	@Test
	void aFailedEventIsNotRecordedAsHandled() {
		EventEnvelope<StockCommitted> event = committed("o-3");

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.edge.receive(message(CODEC.encode(event), 1), failing(false)));

		assertThat(this.handledEvents.ids).isEmpty();
	}

	@Test
	void aRetryableFailureComesBackAfterTheBackOffForItsReceiveCountAndIsRethrown() {
		String body = CODEC.encode(committed("o-4"));

		for (int receive = 1; receive <= 5; receive++) {
			Message<String> message = message(body, receive);
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> this.edge.receive(message, failing(true)))
				.withMessage("store busy");
		}

		assertThat(this.visibility.changes).containsExactly(10, 20, 40, 80, 160);
	}

	@Test
	void aFailureThatIsNotRetryableIsRethrownAndLeftToTheQueuesVisibilityTimeout() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.edge.receive(message(CODEC.encode(committed("o-5")), 1), failing(false)));

		assertThat(this.visibility.changes).isEmpty();
		assertThat(this.deadLettered).isEmpty();
	}

	@Test
	void aFailureWhileChangingTheVisibilityStillRethrowsTheHandlersFailure() {
		Visibility broken = (seconds) -> CompletableFuture.failedFuture(new IllegalStateException("SQS unreachable"));
		Message<String> message = MessageBuilder.withPayload(CODEC.encode(committed("o-6")))
			.setHeader(SqsHeaders.SQS_VISIBILITY_TIMEOUT_HEADER, broken)
			.build();

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.edge.receive(message, failing(true)))
			.withMessage("store busy");
	}

	@Test
	void withoutAReceiveCountTheFirstDelayApplies() {
		Message<String> message = MessageBuilder.withPayload(CODEC.encode(committed("o-7")))
			.setHeader(SqsHeaders.SQS_VISIBILITY_TIMEOUT_HEADER, this.visibility)
			.build();

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.edge.receive(message, failing(true)));

		assertThat(this.visibility.changes).containsExactly(10);
	}

	private Message<String> message(String body, int receiveCount) {
		return MessageBuilder.withPayload(body)
			.setHeader(SqsHeaders.SQS_VISIBILITY_TIMEOUT_HEADER, this.visibility)
			.setHeader(SqsHeaders.MessageSystemAttributes.SQS_APPROXIMATE_RECEIVE_COUNT, String.valueOf(receiveCount))
			.setHeader(SqsHeaders.SQS_QUEUE_NAME_HEADER, "test-queue")
			.build();
	}

	private static EventEnvelope<StockCommitted> committed(String orderId) {
		return EventEnvelope.wrap(new StockCommitted(orderId), "catalog-service", orderId,
				Instant.parse("2026-01-02T03:04:05Z"));
	}

	private static EventHandler failing(boolean retryable) {
		return new EventHandler() {

			@Override
			public void handle(EventEnvelope<?> event) {
				throw new IllegalStateException("store busy");
			}

			@Override
			public boolean isRetryable(RuntimeException failure) {
				return retryable;
			}

		};
	}

	private static final class RecordingVisibility implements Visibility {

		private final List<Integer> changes = new ArrayList<>();

		@Override
		public CompletableFuture<Void> changeToAsync(int seconds) {
			this.changes.add(seconds);
			return CompletableFuture.completedFuture(null);
		}

	}

	private static final class RememberedEvents implements HandledEvents {

		private final Set<UUID> ids = new HashSet<>();

		@Override
		public boolean wasHandled(UUID eventId) {
			return this.ids.contains(eventId);
		}

		@Override
		public void markHandled(EventEnvelope<?> event) {
			this.ids.add(event.eventId());
		}

	}

}
