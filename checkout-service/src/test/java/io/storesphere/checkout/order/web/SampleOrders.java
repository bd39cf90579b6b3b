package io.storesphere.checkout.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.storesphere.checkout.order.Order;
import io.storesphere.checkout.order.OrderLine;
import io.storesphere.checkout.order.OrderStatus;

/** The README's example order, placed by a given customer. */
final class SampleOrders {

	static final String ID = "8d5a3c1e-5b7f-4e1a-9c3d-2f6e8a1b0c4d";

	private SampleOrders() {
	}

	static Order placedBy(String userId) {
		return new Order(ID, "SS-261121-7KQ4X", userId, "Ada Lovelace", "ada@example.com", OrderStatus.PLACED,
				List.of(OrderLine.priced("p1", "Copper Kettle", new BigDecimal("49.90"), 2)), 2,
				new BigDecimal("99.80"), new BigDecimal("0.08"), new BigDecimal("7.98"), new BigDecimal("107.78"),
				"USD", new Order.Payment("pay_3f9a", "VISA", "4242"), Instant.parse("2026-11-21T11:00:00.123Z"), null,
				null, 1);
	}

}
