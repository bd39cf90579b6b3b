package io.storesphere.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.PaymentSummary;
import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SES emulator's store of sent e-mails, and orders to send receipts for. */
final class Inbox {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Inbox() {
	}

	/** Every e-mail the SES emulator accepted for this address. */
	static List<JsonNode> mailTo(String address) {
		JsonNode store = JSON.readTree(HttpProbe.get(AwsEmulators.endpoints().ses() + "/store").body());
		List<JsonNode> mails = new ArrayList<>();
		for (JsonNode mail : store.get("emails")) {
			for (JsonNode to : mail.get("destination").get("to")) {
				if (to.asString().equals(address)) {
					mails.add(mail);
				}
			}
		}
		return mails;
	}

	static String uniqueAddress() {
		return "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	static EventEnvelope<OrderPlaced> order(String customerName, String email) {
		List<OrderLine> lines = List.of(
				new OrderLine("prod-kettle", "Copper Kettle", new BigDecimal("49.90"), 2, new BigDecimal("99.80")),
				new OrderLine("prod-mug", "Stoneware <Mug>", new BigDecimal("12.50"), 1, new BigDecimal("12.50")));
		String orderId = "ord-" + UUID.randomUUID().toString().substring(0, 8);
		return EventEnvelope
			.wrap(new OrderPlaced(orderId, "SS-" + orderId.substring(4), "u-1", customerName, email, lines, 3,
					new BigDecimal("112.30"), new BigDecimal("0.08"), new BigDecimal("8.98"), new BigDecimal("121.28"),
					"USD", new PaymentSummary("pay-1", "VISA", "4242"), Instant.parse("2026-11-21T11:00:00Z")),
					"checkout-service", orderId, Instant.now());
	}

}
