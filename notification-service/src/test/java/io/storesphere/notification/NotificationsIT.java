package io.storesphere.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
	void oneOrderAnnouncedByTwoEventsGetsOneReceipt() {
		String address = Inbox.uniqueAddress();
		EventEnvelope<OrderPlaced> first = Inbox.order("Chef's Friend", address);
		EventEnvelope<OrderPlaced> second = EventEnvelope.wrap(first.payload(), "checkout-service",
				first.correlationId(), Instant.now());
		assertThat(second.eventId()).isNotEqualTo(first.eventId());

		this.listener.handle(first);
		this.listener.handle(second);

		List<JsonNode> mails = Inbox.mailTo(address);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).get("body").get("text").asString()).contains("Thank you for your order, Chef's Friend.")
			.contains("Stoneware <Mug>: 1 x 12.50 = 12.50")
			.doesNotContain("&#39;")
			.doesNotContain("&lt;");
	}

	@Test
	void aCancellationSendsOneRefundEmailWhateverTheEventIds() {
		String address = Inbox.uniqueAddress();
		OrderPlaced placed = Inbox.order("Carl", address).payload();
		OrderCancelled cancellation = new OrderCancelled(placed.orderId(), placed.orderNumber(), placed.userId(),
				"Carl", address, "Copper Kettle is out of stock", placed.grandTotal(), "USD", placed.lines(),
				Instant.now());
		EventEnvelope<OrderCancelled> cancelled = EventEnvelope.wrap(cancellation, "checkout-service", "c",
				Instant.now());

		this.listener.handle(cancelled);
		this.listener.handle(cancelled);
		this.listener.handle(EventEnvelope.wrap(cancellation, "checkout-service", "c", Instant.now()));

		List<JsonNode> mails = Inbox.mailTo(address);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).get("subject").asString()).contains("cancelled and refunded");
		assertThat(mails.get(0).get("body").get("html").asString()).contains("121.28 USD")
			.contains("Copper Kettle is out of stock");
	}

	@Test
	void lowStockSendsOneAlertPerCrossingWithTheOriginalWording() {
		String productId = "prod-kettle-" + UUID.randomUUID().toString().substring(0, 8);
		Instant crossed = Instant.now();
		StockLow belowThreshold = new StockLow(productId, "Copper Kettle", 5, 15, crossed);
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			String probe = alertsProbe(clients);
			EventEnvelope<StockLow> low = EventEnvelope.wrap(belowThreshold, "catalog-service", "c", Instant.now());

			// A redelivery and the same crossing under another event id: one alert.
			this.listener.handle(low);
			this.listener.handle(low);
			this.listener.handle(EventEnvelope.wrap(belowThreshold, "catalog-service", "c", Instant.now()));

			List<JsonNode> first = drain(clients, probe);
			assertThat(first).hasSize(1);
			assertThat(first.get(0).get("Message").asString())
				.isEqualTo("ALERT: Low Stock for Copper Kettle. Current: 5, Threshold: 15. Please restock.");
			assertThat(first.get(0).get("Subject").asString()).isEqualTo("StoreSphere low stock: Copper Kettle");

			// Sold out, then restocked and sold below the threshold again: two new
			// crossings,
			// each alerted once however often announced.
			StockLow soldOut = new StockLow(productId, "Copper Kettle", 0, 15, crossed.plusSeconds(60));
			StockLow lowAgain = new StockLow(productId, "Copper Kettle", 5, 15, crossed.plusSeconds(3600));
			for (StockLow next : List.of(soldOut, soldOut, lowAgain, lowAgain)) {
				this.listener.handle(EventEnvelope.wrap(next, "catalog-service", "c", Instant.now()));
			}

			assertThat(drain(clients, probe)).extracting((message) -> message.get("Message").asString())
				.containsExactlyInAnyOrder(
						"ALERT: Low Stock for Copper Kettle. Current: 0, Threshold: 15. Please restock.",
						"ALERT: Low Stock for Copper Kettle. Current: 5, Threshold: 15. Please restock.");
		}

		Response alerts = HttpProbe.get(url("/api/admin/alerts"), TestTokens.get().admin());
		assertThat(alerts.status()).isEqualTo(200);
		List<JsonNode> entries = new ArrayList<>();
		JSON.readTree(alerts.body()).forEach((entry) -> {
			if (productId.equals(entry.get("productId").asString(null))) {
				entries.add(entry);
			}
		});
		assertThat(entries).extracting((entry) -> entry.get("alertKind").asString())
			.containsExactly("BELOW_THRESHOLD", "OUT_OF_STOCK", "BELOW_THRESHOLD");
		JsonNode soldOutEntry = entries.get(1);
		assertThat(soldOutEntry.get("productName").asString()).isEqualTo("Copper Kettle");
		assertThat(soldOutEntry.get("stock").asInt()).isZero();
		assertThat(soldOutEntry.get("threshold").asInt()).isEqualTo(15);
		assertThat(soldOutEntry.get("subject").asString()).isEqualTo("StoreSphere low stock: Copper Kettle");
		assertThat(soldOutEntry.get("status").asString()).isEqualTo("SENT");
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

	/** A queue subscribed to admin-alerts, to see what admins would get. */
	private String alertsProbe(AwsClients clients) {
		String probe = clients.sqs()
			.createQueue((request) -> request.queueName(this.environment + "-alerts-probe"))
			.queueUrl();
		String probeArn = clients.sqs()
			.getQueueAttributes((request) -> request.queueUrl(probe).attributeNames(QueueAttributeName.QUEUE_ARN))
			.attributes()
			.get(QueueAttributeName.QUEUE_ARN);
		clients.sns()
			.subscribe((request) -> request.topicArn(TestTopology.topicArn(clients, this.environment + "-admin-alerts"))
				.protocol("sqs")
				.endpoint(probeArn));
		return probe;
	}

	/**
	 * Every alert waiting on the probe, taken off it, until it stays empty for a second.
	 */
	private static List<JsonNode> drain(AwsClients clients, String probe) {
		List<JsonNode> alerts = new ArrayList<>();
		List<Message> received;
		do {
			received = clients.sqs()
				.receiveMessage((request) -> request.queueUrl(probe).maxNumberOfMessages(10).waitTimeSeconds(1))
				.messages();
			for (Message message : received) {
				alerts.add(JSON.readTree(message.body()));
				clients.sqs()
					.deleteMessage((request) -> request.queueUrl(probe).receiptHandle(message.receiptHandle()));
			}
		}
		while (!received.isEmpty());
		return alerts;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
