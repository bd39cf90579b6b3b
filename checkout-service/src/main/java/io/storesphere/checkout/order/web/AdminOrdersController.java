package io.storesphere.checkout.order.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.storesphere.checkout.order.OrderStatus;
import io.storesphere.checkout.order.OrderQueries;
import io.storesphere.checkout.order.web.OrderResponses.AdminOrderSummary;
import io.storesphere.checkout.order.web.OrderResponses.PageView;
import io.storesphere.checkout.web.InvalidRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every customer's orders for admins, newest first, optionally of one status. */
@RestController
class AdminOrdersController {

	private final OrderQueries orders;

	AdminOrdersController(OrderQueries orders) {
		this.orders = orders;
	}

	@GetMapping("/api/admin/orders")
	PageView<AdminOrderSummary> all(@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) String cursor) {
		var page = this.orders.all(status(status), Paging.limit(limit), cursor).map(AdminOrderSummary::of);
		return new PageView<>(page.items(), page.nextCursor());
	}

	private static OrderStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return OrderStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequest("status", "must be one of "
					+ Arrays.stream(OrderStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

}
