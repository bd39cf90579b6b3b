package io.storesphere.notification.delivery;

import java.time.Instant;

import io.storesphere.events.StockLow;
import io.storesphere.notification.delivery.Deliveries.Kind;
import io.storesphere.notification.delivery.StockAlert.AlertKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What each notification is sent once for, whichever event announced it. */
class NotificationTest {

	private static final Instant DETECTED = Instant.parse("2026-11-30T10:00:00.123456Z");

	@Test
	void anOrdersEmailsAreKeyedOnTheOrderNotTheEvent() {
		Notification receipt = Notification.email("evt-1", "checkout.order-placed.v1", Kind.RECEIPT, "ord-1",
				"ada@example.com", "Your order");
		Notification sameOrderOtherEvent = Notification.email("evt-2", "checkout.order-placed.v1", Kind.RECEIPT,
				"ord-1", "ada@example.com", "Your order");
		Notification cancellation = Notification.email("evt-3", "checkout.order-cancelled.v1", Kind.CANCELLATION,
				"ord-1", "ada@example.com", "Cancelled");

		assertThat(receipt.key()).isEqualTo("ord-1#RECEIPT").isEqualTo(sameOrderOtherEvent.key());
		assertThat(cancellation.key()).isEqualTo("ord-1#CANCELLATION");
		assertThat(receipt.alert()).isNull();
	}

	@Test
	void oneCrossingAnnouncedTwiceHasOneKey() {
		assertThat(alert("evt-1", 4, DETECTED).key()).isEqualTo(alert("evt-2", 4, DETECTED).key())
			.isEqualTo("prod-1#BELOW_THRESHOLD#4#2026-11-30T10:00:00.123456Z#LOW_STOCK_ALERT");
	}

	@Test
	void theSameLevelReachedAgainAfterARestockIsANewCrossing() {
		assertThat(alert("evt-2", 4, DETECTED.plusSeconds(3600)).key()).isNotEqualTo(alert("evt-1", 4, DETECTED).key());
	}

	@Test
	void anAlertAtZeroIsOutOfStockAndAnyOtherIsBelowThreshold() {
		Notification empty = alert("evt-1", 0, DETECTED);
		Notification low = alert("evt-2", 4, DETECTED);

		assertThat(empty.alert()).isEqualTo(new StockAlert("prod-1", "Chef's Knife", 0, 10, AlertKind.OUT_OF_STOCK));
		assertThat(low.alert()).isEqualTo(new StockAlert("prod-1", "Chef's Knife", 4, 10, AlertKind.BELOW_THRESHOLD));
		assertThat(empty.key()).isNotEqualTo(low.key()).startsWith("prod-1#OUT_OF_STOCK#0#");
		assertThat(empty.kind()).isEqualTo(Kind.LOW_STOCK_ALERT);
	}

	private static Notification alert(String eventId, int stock, Instant detectedAt) {
		return Notification.alert(eventId, "catalog.stock-low.v1",
				new StockLow("prod-1", "Chef's Knife", stock, 10, detectedAt), "admin-alerts", "low stock");
	}

}
