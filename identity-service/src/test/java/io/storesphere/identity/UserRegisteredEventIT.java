package io.storesphere.identity;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.storesphere.events.EventEnvelope;
import io.storesphere.events.UserRegistered;
import io.storesphere.identity.account.AccountService;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.net.SwitchableTcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-up reaches analytics' identity queue as {@code identity.user-registered.v1},
 * through the outbox, also when SNS is unreachable while the customer signs up; and the
 * event is written in the sign-up's transaction.
 */
@IdentityIntegrationTest
class UserRegisteredEventIT {

	// Identity talks to SNS through this proxy, so the test can take SNS away.
	private static final SwitchableTcpProxy SNS = SwitchableTcpProxy.to("127.0.0.1",
			AwsEmulators.endpoints().sns().getPort());

	private static final Pattern PENDING = Pattern.compile("^storesphere_outbox_pending\\{[^}]*} (\\S+)$",
			Pattern.MULTILINE);

	@LocalServerPort
	private int port;

	@Value("${storesphere.environment}")
	private String environment;

	@Autowired
	private AccountService accounts;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

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
			assertThat(pendingEvents()).as("the outbox's backlog gauge").isGreaterThanOrEqualTo(1);
		}
		finally {
			SNS.restore();
		}

		List<EventEnvelope<UserRegistered>> events = awaitRegistrations(email, Duration.ofSeconds(30));

		assertThat(events).hasSize(1);
		assertThat(events.get(0).payload().userId()).isEqualTo(IdentityApi.json(signUp).get("id").asString());
		assertThat(events.get(0).eventId()).as("the id written with the sign-up, not one made up per attempt")
			.hasToString(eventIdInOutbox(email));
	}

	@Test
	void theEventIsWrittenInTheSignUpsTransactionAndRolledBackWithIt() {
		String rolledBack = IdentityApi.uniqueEmail();
		String committed = IdentityApi.uniqueEmail();

		this.transactions.executeWithoutResult((status) -> {
			this.accounts.signUp("Rolled Back", rolledBack, "correct horse battery");
			status.setRollbackOnly();
		});
		this.transactions
			.executeWithoutResult((status) -> this.accounts.signUp("Committed", committed, "correct horse battery"));

		assertThat(accountsWith(rolledBack)).isZero();
		assertThat(publicationsOf(rolledBack)).isZero();
		assertThat(accountsWith(committed)).isOne();
		assertThat(publicationsOf(committed)).isOne();
	}

	private List<EventEnvelope<UserRegistered>> awaitRegistrations(String email, Duration timeout) {
		return IdentityEventsQueue.awaitRegistrations(this.environment, email, timeout);
	}

	private double pendingEvents() {
		Matcher gauge = PENDING.matcher(HttpProbe.get("http://localhost:" + this.port + "/actuator/prometheus").body());
		assertThat(gauge.find()).as("storesphere_outbox_pending is scraped").isTrue();
		return Double.parseDouble(gauge.group(1));
	}

	private String eventIdInOutbox(String email) {
		String event = this.jdbc.sql("select serialized_event from event_publication where serialized_event like ?")
			.param("%\"" + email + "\"%")
			.query(String.class)
			.single();
		return IdentityApi.JSON.readTree(event).get("eventId").asString();
	}

	private long accountsWith(String email) {
		return this.jdbc.sql("select count(*) from accounts where email = ?").param(email).query(Long.class).single();
	}

	private long publicationsOf(String email) {
		return this.jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%\"" + email + "\"%")
			.query(Long.class)
			.single();
	}

}
