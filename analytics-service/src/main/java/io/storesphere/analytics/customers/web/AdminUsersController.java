package io.storesphere.analytics.customers.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.storesphere.analytics.customers.CustomerPage;
import io.storesphere.analytics.customers.CustomerSearch;
import io.storesphere.analytics.customers.CustomerSearch.SortBy;
import io.storesphere.analytics.customers.CustomerValue;
import io.storesphere.analytics.customers.CustomerValues;
import io.storesphere.analytics.web.InvalidQueryException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every customer with their lifetime value, for admins: paged, sortable, searchable. The
 * gateway also serves it as the original app's {@code GET /api/get_users}.
 */
@RestController
class AdminUsersController {

	static final int MAX_PAGE_SIZE = 100;

	/** Sort keys a client may use, and what they sort by. */
	private static final Map<String, SortBy> SORTS = Map.of("spent", SortBy.MONEY_SPENT, "items", SortBy.ITEMS_BOUGHT,
			"name", SortBy.NAME, "registered", SortBy.REGISTERED_AT, "orders", SortBy.ORDER_COUNT);

	private final CustomerValues customers;

	AdminUsersController(CustomerValues customers) {
		this.customers = customers;
	}

	@GetMapping("/api/admin/users")
	UsersPage users(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "spent,desc") String sort, @RequestParam(required = false) String q) {
		if (page < 0) {
			throw new InvalidQueryException("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidQueryException("size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
		CustomerPage result = this.customers.search(search(q, sort, page, size));
		return new UsersPage(result.items(), page, size, result.totalItems(), result.totalPages(), sort);
	}

	private static CustomerSearch search(String q, String sort, int page, int size) {
		String[] parts = sort.split(",");
		String key = parts[0].trim().toLowerCase(Locale.ROOT);
		String direction = (parts.length > 1) ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
		if (!SORTS.containsKey(key) || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
			throw new InvalidQueryException("sort",
					"must be one of spent, items, orders, name, registered, optionally followed by ,asc or ,desc");
		}
		return new CustomerSearch(q, SORTS.get(key), direction.equals("desc"), page, size);
	}

	/** A page of customers. */
	record UsersPage(List<CustomerValue> items, int page, int size, long totalItems, int totalPages, String sort) {

	}

}
