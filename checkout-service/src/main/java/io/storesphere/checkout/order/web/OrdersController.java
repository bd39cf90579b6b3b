package io.storesphere.checkout.order.web;

import io.storesphere.checkout.order.Order;
import io.storesphere.checkout.order.OrderNotFound;
import io.storesphere.checkout.order.OrderQueries;
import io.storesphere.checkout.order.web.OrderResponses.OrderSummary;
import io.storesphere.checkout.order.web.OrderResponses.OrderView;
import io.storesphere.checkout.order.web.OrderResponses.PageView;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's orders, newest first, and one order for its invoice page. An order is
 * shown to its customer and to admins; anyone else gets 404, as if it did not exist.
 */
@RestController
class OrdersController {

	private final OrderQueries orders;

	OrdersController(OrderQueries orders) {
		this.orders = orders;
	}

	@GetMapping("/api/orders")
	PageView<OrderSummary> mine(@RequestParam(defaultValue = "20") int limit,
			@RequestParam(required = false) String cursor, Authentication caller) {
		var page = this.orders.ofCustomer(caller.getName(), Paging.limit(limit), cursor).map(OrderSummary::of);
		return new PageView<>(page.items(), page.nextCursor());
	}

	@GetMapping("/api/orders/{orderId}")
	OrderView one(@PathVariable String orderId, Authentication caller) {
		Order order = this.orders.find(orderId)
			.filter((found) -> found.isVisibleTo(caller.getName(), Caller.isAdmin(caller)))
			.orElseThrow(() -> new OrderNotFound(orderId));
		return OrderView.of(order);
	}

}
