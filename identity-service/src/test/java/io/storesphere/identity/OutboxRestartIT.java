package io.storesphere.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.UserRegistered;
import io.storesphere.localaws.Endpoints;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.mysql.MySqlServer;
import io.storesphere.testsupport.net.SwitchableTcpProxy;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the outbox guarantees across a stop: an event a crash left unpublished, and one
 * the hand-written outbox it replaced had not published, both go out when identity starts
 * (again), with the event id they were written with. Each test runs identity itself, on
 * its own schema, so it can stop and start it; the retry schedule is slowed to an hour,
 * so what goes out goes out because of the start.
 */
class OutboxRestartIT {

	private static final SwitchableTcpProxy SNS = SwitchableTcpProxy.to("127.0.0.1",
			AwsEmulators.endpoints().sns().getPort());

	private static final String PASSWORD = "correct horse battery";

	private final String environment = TestTopology.bootstrapFresh(AwsEmulators.endpoints()).name();

	private final MySqlServer.Schema schema = MySqlServer.get().createSchema();

	private final JdbcClient jdbc = JdbcClient
		.create(new DriverManagerDataSource(this.schema.jdbcUrl(), this.schema.user(), this.schema.password()));

	@AfterAll
	static void closeProxy() {
		SNS.close();
	}

	@Test
	void anEventACrashLeftUnpublishedGoesOutWhenIdentityStartsAgain() {
		String email = IdentityApi.uniqueEmail();
		SNS.cut();
		try (ConfigurableApplicationContext identity = start()) {
			assertThat(api(identity).signUp("Crashed Carla", email, PASSWORD).status()).isEqualTo(201);
			awaitStatus(email, "FAILED");
		}
		// As a task that died while publishing leaves it: attempted, never finished, and
		// not failed (the retry schedule only takes failed ones).
		this.jdbc.sql("update event_publication set status = 'PROCESSING' where serialized_event like ?")
			.param(like(email))
			.update();
		String eventId = eventIdInOutbox(email);
		SNS.restore();

		try (ConfigurableApplicationContext identity = start()) {
			List<EventEnvelope<UserRegistered>> events = IdentityEventsQueue.awaitRegistrations(this.environment, email,
					Duration.ofSeconds(30));

			assertThat(events).hasSize(1);
			assertThat(events.get(0).eventId()).hasToString(eventId);
			awaitStatus(email, "COMPLETED");
		}
	}

	@Test
	void eventsTheOldOutboxHadNotPublishedGoOutWithTheirIds() {
		Flyway.configure()
			.dataSource(this.schema.jdbcUrl(), this.schema.user(), this.schema.password())
			.target("1")
			.load()
			.migrate();
		EventEnvelope<UserRegistered> pending = legacyRow(IdentityApi.uniqueEmail(), null);
		EventEnvelope<UserRegistered> published = legacyRow(IdentityApi.uniqueEmail(), Instant.now());
		SNS.restore();

		try (ConfigurableApplicationContext identity = start()) {
			List<EventEnvelope<UserRegistered>> events = IdentityEventsQueue.awaitRegistrations(this.environment,
					pending.payload().email(), Duration.ofSeconds(30));

			assertThat(events).hasSize(1);
			assertThat(events.get(0)).isEqualTo(pending);
			assertThat(IdentityEventsQueue.awaitRegistrations(this.environment, published.payload().email(),
					Duration.ofSeconds(3)))
				.as("an event the old outbox had published already")
				.isEmpty();
			assertThat(this.jdbc
				.sql("select count(*) from information_schema.tables where table_schema = ?"
						+ " and table_name = 'outbox_events'")
				.param(this.schema.name())
				.query(Long.class)
				.single()).as("the old outbox's table is gone").isZero();
		}
	}

	/** An {@code outbox_events} row as the hand-written outbox wrote it. */
	private EventEnvelope<UserRegistered> legacyRow(String email, Instant publishedAt) {
		Instant registeredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
		String userId = UUID.randomUUID().toString();
		EventEnvelope<UserRegistered> envelope = EventEnvelope.wrap(
				new UserRegistered(userId, "Legacy Lena", email, registeredAt), "identity-service", "signup-" + userId,
				registeredAt);
		this.jdbc
			.sql("insert into outbox_events (event_id, event_type, topic, body, created_at, published_at,"
					+ " attempts) values (?, ?, ?, ?, ?, ?, ?)")
			.params(envelope.eventId().toString(), envelope.eventType(), this.environment + "-identity-events",
					new EventCodec().encode(envelope), utc(registeredAt),
					(publishedAt != null) ? utc(publishedAt) : null, (publishedAt != null) ? 1 : 0)
			.update();
		return envelope;
	}

	private ConfigurableApplicationContext start() {
		Endpoints aws = AwsEmulators.endpoints();
		return new SpringApplicationBuilder(IdentityApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + this.schema.jdbcUrl(),
					"--spring.datasource.username=" + this.schema.user(),
					"--spring.datasource.password=" + this.schema.password(),
					"--spring.cloud.aws.region.static=" + Endpoints.REGION,
					"--spring.cloud.aws.credentials.access-key=" + Endpoints.ACCESS_KEY,
					"--spring.cloud.aws.credentials.secret-key=" + Endpoints.SECRET_KEY,
					"--spring.cloud.aws.sns.endpoint=" + SNS.url(), "--spring.cloud.aws.sqs.endpoint=" + aws.sqs(),
					"--storesphere.environment=" + this.environment, "--storesphere.identity.outbox.poll-interval=1h");
	}

	private static IdentityApi api(ConfigurableApplicationContext identity) {
		return new IdentityApi("http://localhost:" + identity.getEnvironment().getProperty("local.server.port"));
	}

	private void awaitStatus(String email, String status) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		String current = null;
		while (System.nanoTime() < deadline) {
			current = this.jdbc.sql("select status from event_publication where serialized_event like ?")
				.param(like(email))
				.query(String.class)
				.optional()
				.orElse(null);
			if (status.equals(current)) {
				return;
			}
			sleep();
		}
		assertThat(current).as("the publication of %s's registration", email).isEqualTo(status);
	}

	private String eventIdInOutbox(String email) {
		String event = this.jdbc.sql("select serialized_event from event_publication where serialized_event like ?")
			.param(like(email))
			.query(String.class)
			.single();
		return IdentityApi.JSON.readTree(event).get("eventId").asString();
	}

	private static String like(String email) {
		return "%\"" + email + "\"%";
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
