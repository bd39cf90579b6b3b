package io.storesphere.notification;

import java.util.List;

import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderPlaced;
import io.storesphere.notification.delivery.NotificationLog;
import io.storesphere.notification.messaging.NotificationListener;
import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.StubService;
import io.storesphere.testsupport.security.UseTestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** An e-mail SES refuses for good is recorded as rejected and never tried again. */
@SpringBootTest
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
class SesRejectionIT {

	/** Answers every SendEmail the way SES refuses an unverified or blocked address. */
	private static final StubService SES = StubService.start("ses")
		.answer("POST", "/", 400, "<ErrorResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><Error>"
				+ "<Type>Sender</Type><Code>MessageRejected</Code><Message>Email address is not verified.</Message>"
				+ "</Error><RequestId>r-1</RequestId></ErrorResponse>");

	@Autowired
	private NotificationListener listener;

	@Autowired
	private NotificationLog log;

	@DynamicPropertySource
	static void sesThatRejects(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.aws.ses.endpoint", SES::url);
	}

	@AfterAll
	static void stopStub() {
		SES.close();
	}

	@Test
	void aRejectedReceiptIsRecordedOnceAndNotRetried() {
		String address = Inbox.uniqueAddress();
		EventEnvelope<OrderPlaced> order = Inbox.order("Rejected Rita", address);
		this.listener.handle(order);
		this.listener.handle(order);

		assertThat(SES.requests()).hasSize(1);
		List<NotificationLog.Entry> entries = this.log.recent(true, 50)
			.stream()
			.filter((entry) -> entry.recipient().equals(address))
			.toList();
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).status()).isEqualTo("REJECTED");
	}

}
