package io.storesphere.identity.outbox.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.UUID;

import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.UserRegistered;
import io.storesphere.identity.account.AccountRegistered;
import io.storesphere.identity.outbox.messaging.UserRegisteredRelay;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Migration 3: the events the hand-written outbox ({@code outbox_events}, V1) had not
 * published yet become publications of the registry ({@code event_publication}, V2), with
 * their event ids, so that none is lost or gets a new id in the switch. They go out when
 * the service starts (the registry republishes outstanding publications on restart);
 * migration 4 drops the old table.
 */
@Component
class PendingOutboxEventsMigration implements JavaMigration {

	private final EventCodec codec;

	// The mapper Spring Modulith serializes events with, so the rows read back as its
	// own.
	private final JsonMapper json;

	PendingOutboxEventsMigration(EventCodec codec, JsonMapper json) {
		this.codec = codec;
		this.json = json;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("3");
	}

	@Override
	public String getDescription() {
		return "pending outbox events to event publication";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (PreparedStatement pending = connection
			.prepareStatement("select body, created_at from outbox_events where published_at is null order by id");
				PreparedStatement publication = connection.prepareStatement("insert into event_publication"
						+ " (id, listener_id, event_type, serialized_event, publication_date, status,"
						+ " completion_attempts) values (?, ?, ?, ?, ?, 'PUBLISHED', 0)");
				ResultSet rows = pending.executeQuery()) {
			while (rows.next()) {
				publication.setString(1, UUID.randomUUID().toString());
				publication.setString(2, UserRegisteredRelay.LISTENER_ID);
				publication.setString(3, AccountRegistered.class.getName());
				publication.setString(4, this.json.writeValueAsString(registered(rows.getString("body"))));
				// The stored UTC wall time, as it is: no zone conversion on the way.
				publication.setObject(5, rows.getObject("created_at", LocalDateTime.class));
				publication.executeUpdate();
			}
		}
	}

	private AccountRegistered registered(String body) {
		EventEnvelope<UserRegistered> envelope = this.codec.decode(body, UserRegistered.class);
		UserRegistered payload = envelope.payload();
		return new AccountRegistered(envelope.eventId(), payload.userId(), payload.fullName(), payload.email(),
				payload.registeredAt());
	}

}
