package io.storesphere.notification;

import java.time.Instant;
import java.util.List;

import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderCancelled;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.StockLow;
import io.storesphere.notification.messaging.NotificationListener;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.security.TestTokens;
import io.storesphere.testsupport.security.UseTestTokens;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receipts, cancellation e-mails and admin alerts as their readers get them, once each.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
class NotificationsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private NotificationListener listener;

	@LocalServerPort
	private int port;

	@Value("${storesphere.environment}")
	private String environment;

	@Test
	void aReceiptArrivesOnceWithTheRightTotalsAndEveryUserValueEscaped() {
		String address = Inbox.uniqueAddress();
		EventEnvelope<OrderPlaced> order = Inbox.order("<script>alert('x')</script> Eve", address);

		this.listener.handle(order);
		this.listener.handle(order);

		List<JsonNode> mails = Inbox.mailTo(address);
		assertThat(mails).hasSize(1);
		JsonNode mail = mails.get(0);
		assertThat(mail.get("subject").asString()).isEqualTo("Your StoreSphere order " + order.payload().orderNumber());
		assertThat(mail.get("from").asString()).isEqualTo("orders@storesphere.dev");
		String html = mail.get("body").get("html").asString();
		assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>");
		assertThat(html).contains("Stoneware &lt;Mug&gt;")
			.contains(order.payload().orderNumber())
			.contains("21 November 2026, 11:00 UTC")
			.contains("99.80")
			.contains("112.30 USD")
			.contains("8.98 USD")
			.contains("121.28 USD")
			.contains("VISA ending in 4242");
		String text = mail.get("body").get("text").asString();
		assertThat(text).contains("Grand total: 121.28 USD").contains("Copper Kettle: 2 x 49.90 = 99.80");
	}

	@Test
	void aCancellationSendsOneRefundEmail() {
		String address = Inbox.uniqueAddress();
		OrderPlaced placed = Inbox.order("Carl", address).payload();
		EventEnvelope<OrderCancelled> cancelled = EventEnvelope.wrap(
				new OrderCancelled(placed.orderId(), placed.orderNumber(), placed.userId(), "Carl", address,
						"Copper Kettle is out of stock", placed.grandTotal(), "USD", placed.lines(), Instant.now()),
				"checkout-service", "c", Instant.now());

		this.listener.handle(cancelled);
		this.listener.handle(cancelled);

		List<JsonNode> mails = Inbox.mailTo(address);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).get("subject").asString()).contains("cancelled and refunded");
		assertThat(mails.get(0).get("body").get("html").asString()).contains("121.28 USD")
			.contains("Copper Kettle is out of stock");
	}

	@Test
	void lowStockSendsOneAlertWithTheOriginalWording() {
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			String probe = clients.sqs()
				.createQueue((request) -> request.queueName(this.environment + "-alerts-probe"))
				.queueUrl();
			String probeArn = clients.sqs()
				.getQueueAttributes((request) -> request.queueUrl(probe).attributeNames(QueueAttributeName.QUEUE_ARN))
				.attributes()
				.get(QueueAttributeName.QUEUE_ARN);
			clients.sns()
				.subscribe((request) -> request
					.topicArn(TestTopology.topicArn(clients, this.environment + "-admin-alerts"))
					.protocol("sqs")
					.endpoint(probeArn));
			EventEnvelope<StockLow> low = EventEnvelope.wrap(
					new StockLow("prod-kettle", "Copper Kettle", 5, 15, Instant.now()), "catalog-service", "c",
					Instant.now());

			this.listener.handle(low);
			this.listener.handle(low);

			List<Message> received = clients.sqs()
				.receiveMessage((request) -> request.queueUrl(probe).maxNumberOfMessages(10).waitTimeSeconds(2))
				.messages();
			assertThat(received).hasSize(1);
			JsonNode notification = JSON.readTree(received.get(0).body());
			assertThat(notification.get("Message").asString())
				.isEqualTo("ALERT: Low Stock for Copper Kettle. Current: 5, Threshold: 15. Please restock.");
			assertThat(notification.get("Subject").asString()).isEqualTo("StoreSphere low stock: Copper Kettle");
		}

		Response alerts = HttpProbe.get(url("/api/admin/alerts"), TestTokens.get().admin());
		assertThat(alerts.status()).isEqualTo(200);
		assertThat(alerts.body()).contains("StoreSphere low stock: Copper Kettle").contains("\"status\":\"SENT\"");
	}

	@Test
	void adminsSeeRecentEmailsWithoutTheirBodiesAndCustomersSeeNothing() {
		String address = Inbox.uniqueAddress();
		this.listener.handle(Inbox.order("Nina", address));

		Response notifications = HttpProbe.get(url("/api/admin/notifications"), TestTokens.get().admin());

		assertThat(notifications.status()).isEqualTo(200);
		JsonNode newest = JSON.readTree(notifications.body()).get(0);
		assertThat(newest.get("recipient").asString()).isEqualTo(address);
		assertThat(newest.get("type").asString()).isEqualTo("RECEIPT");
		assertThat(notifications.body()).doesNotContain("<html").doesNotContain("Grand total");
		for (String path : List.of("/api/admin/notifications", "/api/admin/alerts")) {
			assertThat(HttpProbe.get(url(path), TestTokens.get().customer()).status()).isEqualTo(403);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
