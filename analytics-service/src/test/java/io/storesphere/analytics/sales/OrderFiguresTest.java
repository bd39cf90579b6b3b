package io.storesphere.analytics.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.PaymentSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderFiguresTest {

	@Test
	void linesOfOneProductAreMergedAndProductsComeInIdOrder() {
		OrderPlaced order = new OrderPlaced("o-1", "SS-1", "u-1", "Ann", "ann@example.com",
				List.of(line("p-b", "2.00", 1), line("p-a", "1.10", 2), line("p-b", "2.00", 3)), 6,
				new BigDecimal("10.20"), new BigDecimal("0.08"), new BigDecimal("0.82"), new BigDecimal("11.02"), "USD",
				new PaymentSummary("pay", "VISA", "4242"), Instant.parse("2026-11-21T23:59:59Z"));

		OrderFigures figures = OrderFigures.of(order);

		assertThat(figures.products()).containsExactly(
				new OrderFigures.ProductFigures("p-a", "Product p-a", 2, new BigDecimal("2.20")),
				new OrderFigures.ProductFigures("p-b", "Product p-b", 4, new BigDecimal("8.00")));
		assertThat(figures.grandTotal()).isEqualTo(new BigDecimal("11.02"));
		assertThat(figures.placedOn()).hasToString("2026-11-21");
	}

	private static OrderLine line(String productId, String price, int quantity) {
		BigDecimal unit = new BigDecimal(price);
		return new OrderLine(productId, "Product " + productId, unit, quantity,
				unit.multiply(BigDecimal.valueOf(quantity)));
	}

}
