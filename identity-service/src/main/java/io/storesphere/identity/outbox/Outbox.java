package io.storesphere.identity.outbox;

import java.time.Clock;

import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an integration event in the same transaction as the state change it describes,
 * so that both commit or neither does. The {@link OutboxRelay} publishes it after the
 * commit.
 */
@Component
public class Outbox {

	private final OutboxRepository events;

	private final EventCodec codec;

	private final OutboxProperties properties;

	private final ApplicationEventPublisher applicationEvents;

	private final Clock clock;

	Outbox(OutboxRepository events, EventCodec codec, OutboxProperties properties,
			ApplicationEventPublisher applicationEvents, Clock clock) {
		this.events = events;
		this.codec = codec;
		this.properties = properties;
		this.applicationEvents = applicationEvents;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void append(EventEnvelope<?> envelope) {
		this.events.save(new OutboxEvent(envelope.eventId().toString(), envelope.eventType(), this.properties.topic(),
				this.codec.encode(envelope), this.clock.instant()));
		// Heard after the commit: the relay then publishes at once instead of at its next
		// round.
		this.applicationEvents.publishEvent(new OutboxRelay.EventsWritten());
	}

}
