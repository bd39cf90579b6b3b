package io.storesphere.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

	private final EventCodec codec = new EventCodec();

	@Test
	void moneyTravelsAsAStringWithTwoPlaces() {
		OrderLine line = new OrderLine("p", "Pen", new BigDecimal("5"), 3, new BigDecimal("15.0"));
		assertThat(line.unitPrice()).isEqualTo(new BigDecimal("5.00"));
		assertThat(line.lineTotal()).isEqualTo(new BigDecimal("15.00"));
		EventEnvelope<OrderCancelled> envelope = EventEnvelope.wrap(new OrderCancelled("o", "SS-1", "u", "Ann",
				"ann@example.com", "test", new BigDecimal("15"), "USD", List.of(line), Instant.EPOCH),
				"checkout-service", "c-1", Instant.EPOCH);
		assertThat(this.codec.encode(envelope)).contains("\"unitPrice\":\"5.00\"")
			.contains("\"refundedAmount\":\"15.00\"");
	}

	@Test
	void moneyWithMoreThanTwoPlacesIsRefused() {
		assertThatThrownBy(() -> new OrderLine("p", "Pen", new BigDecimal("0.333"), 1, new BigDecimal("0.33")))
			.hasMessageContaining("unitPrice must have at most 2 decimal places");
	}

	@Test
	void decodingToTheExpectedTypeChecksTheType() {
		String json = this.codec.encode(EventEnvelope.wrap(new StockCommitted("o-1"), "catalog-service", "c-1",
				Instant.parse("2026-01-01T00:00:00Z")));
		EventEnvelope<StockCommitted> decoded = this.codec.decode(json, StockCommitted.class);
		assertThat(decoded.payload().orderId()).isEqualTo("o-1");
		assertThat(this.codec.typeOf(json)).isEqualTo(EventType.STOCK_COMMITTED);
		assertThatThrownBy(() -> this.codec.decode(json, StockLow.class)).isInstanceOf(EventDecodingException.class)
			.hasMessage("Expected catalog.stock-low.v1 but got catalog.stock-committed.v1");
	}

	@Test
	void unreadableMessagesSayWhy() {
		assertThatThrownBy(() -> this.codec.decode("not json")).isInstanceOf(EventDecodingException.class)
			.hasMessageStartingWith("Event is not valid JSON");
		assertThatThrownBy(() -> this.codec.decode("[1]")).hasMessage("Event is not a JSON object");
		assertThatThrownBy(() -> this.codec.decode("{\"eventType\":\"checkout.order-placed.v9\"}"))
			.hasMessage("Unknown event type 'checkout.order-placed.v9'");
		assertThatThrownBy(() -> this.codec.decode("{}")).hasMessageContaining("'eventType'");
	}

	@Test
	void anEnvelopeMustMatchItsPayload() {
		assertThatThrownBy(() -> new EventEnvelope<>(java.util.UUID.randomUUID(), "catalog.stock-low.v1", Instant.EPOCH,
				"catalog-service", "c", new StockCommitted("o")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("does not match");
	}

	@Test
	void stockLowSpeaksTheOriginalAlertWording() {
		StockLow low = new StockLow("p-1", "Copper Kettle", 5, 15, Instant.EPOCH);
		assertThat(low.alertText())
			.isEqualTo("ALERT: Low Stock for Copper Kettle. Current: 5, Threshold: 15. Please restock.");
	}

}
