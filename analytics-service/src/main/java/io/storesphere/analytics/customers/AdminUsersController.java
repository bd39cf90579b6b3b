package io.storesphere.analytics.customers;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.storesphere.analytics.web.InvalidQueryException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
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
	private static final Map<String, String> SORTS = Map.of("spent", "coalesce(l.moneySpent, 0)", "items",
			"coalesce(l.itemsBought, 0)", "name", "lower(c.fullName)", "registered", "c.registeredAt", "orders",
			"coalesce(l.orderCount, 0)");

	private final CustomerValueRepository customers;

	AdminUsersController(CustomerValueRepository customers) {
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
		Page<CustomerValue> result = this.customers.search(pattern(q), PageRequest.of(page, size, sort(sort)));
		return new UsersPage(result.getContent(), page, size, result.getTotalElements(), result.getTotalPages(), sort);
	}

	private static Sort sort(String sort) {
		String[] parts = sort.split(",");
		String key = parts[0].trim().toLowerCase(Locale.ROOT);
		String direction = (parts.length > 1) ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
		if (!SORTS.containsKey(key) || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
			throw new InvalidQueryException("sort",
					"must be one of spent, items, orders, name, registered, optionally followed by ,asc or ,desc");
		}
		Sort.Direction order = direction.equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC;
		// The user id breaks ties, so paging never shows a customer twice or skips one.
		return JpaSort.unsafe(order, SORTS.get(key)).and(JpaSort.unsafe(Sort.Direction.ASC, "c.userId"));
	}

	/** A case-insensitive "contains" pattern; the user's % and _ are taken literally. */
	private static String pattern(String q) {
		if (q == null || q.isBlank()) {
			return "%";
		}
		String literal = q.trim()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + literal + "%";
	}

	/** A page of customers. */
	record UsersPage(List<CustomerValue> items, int page, int size, long totalItems, int totalPages, String sort) {

	}

}
