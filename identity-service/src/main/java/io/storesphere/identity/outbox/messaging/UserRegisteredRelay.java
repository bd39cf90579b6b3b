package io.storesphere.identity.outbox.messaging;

import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.UserRegistered;
import io.storesphere.identity.account.AccountRegistered;
import io.storesphere.identity.outbox.config.OutboxProperties;
import io.storesphere.starter.messaging.EventPublisher;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Publishes {@code identity.user-registered.v1} to SNS once the sign-up that raised it
 * has committed. Spring Modulith's registry holds the event from that commit until this
 * listener returns: when it throws, the publication stays incomplete and is tried again
 * (see {@code OutboxSchedule}, and on restart). Asynchronous, so that neither a slow nor
 * an absent SNS reaches the sign-up; at least once, so consumers drop repeats by
 * {@code eventId}.
 */
@Component
public class UserRegisteredRelay {

	/**
	 * The name the registry files this listener's publications under. Fixed, so that a
	 * renamed class or method still finds the publications stored before.
	 */
	public static final String LISTENER_ID = "identity.user-registered-to-sns";

	private static final String PRODUCER = "identity-service";

	private final EventPublisher publisher;

	private final EventCodec codec;

	private final OutboxProperties properties;

	UserRegisteredRelay(EventPublisher publisher, EventCodec codec, OutboxProperties properties) {
		this.publisher = publisher;
		this.codec = codec;
		this.properties = properties;
	}

	@Async
	@TransactionalEventListener(id = LISTENER_ID)
	public void publish(AccountRegistered registered) {
		EventEnvelope<UserRegistered> envelope = envelope(registered);
		try {
			this.publisher.publish(this.properties.topic(), envelope.eventType(), this.codec.encode(envelope));
		}
		catch (RuntimeException ex) {
			throw new EventNotPublished(envelope, ex);
		}
	}

	/**
	 * The integration event, carrying the id the domain event was raised with: every
	 * attempt publishes the same {@code eventId}.
	 */
	private static EventEnvelope<UserRegistered> envelope(AccountRegistered registered) {
		UserRegistered payload = new UserRegistered(registered.accountId(), registered.fullName(), registered.email(),
				registered.registeredAt());
		return new EventEnvelope<>(registered.eventId(), payload.eventType().wireName(), registered.registeredAt(),
				PRODUCER, "signup-" + registered.accountId(), payload);
	}

}
