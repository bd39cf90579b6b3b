package io.storesphere.analytics.customers.persistence;

import java.util.Locale;
import java.util.Map;

import io.storesphere.analytics.customers.CustomerPage;
import io.storesphere.analytics.customers.CustomerSearch;
import io.storesphere.analytics.customers.CustomerSearch.SortBy;
import io.storesphere.analytics.customers.CustomerValue;
import io.storesphere.analytics.customers.CustomerValues;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.stereotype.Repository;

/**
 * {@link CustomerValues} in JPQL: customers left-joined with their lifetime values, so a
 * customer without an order counts as zero.
 */
@Repository
class JpaCustomerValues implements CustomerValues {

	/** What each sort orders by, over {@link CustomerValueRepository}'s aliases. */
	private static final Map<SortBy, String> ORDER_BY = Map.of(SortBy.MONEY_SPENT, "coalesce(l.moneySpent, 0)",
			SortBy.ITEMS_BOUGHT, "coalesce(l.itemsBought, 0)", SortBy.NAME, "lower(c.fullName)", SortBy.REGISTERED_AT,
			"c.registeredAt", SortBy.ORDER_COUNT, "coalesce(l.orderCount, 0)");

	private final CustomerValueRepository customers;

	JpaCustomerValues(CustomerValueRepository customers) {
		this.customers = customers;
	}

	@Override
	public CustomerPage search(CustomerSearch search) {
		Page<CustomerValue> page = this.customers.search(likePattern(search.text()), pageRequest(search));
		return new CustomerPage(page.getContent(), page.getTotalElements(), page.getTotalPages());
	}

	static Pageable pageRequest(CustomerSearch search) {
		Sort.Direction direction = search.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
		// The user id breaks ties, so paging never shows a customer twice or skips one.
		Sort sort = JpaSort.unsafe(direction, ORDER_BY.get(search.sortBy()))
			.and(JpaSort.unsafe(Sort.Direction.ASC, "c.userId"));
		return PageRequest.of(search.page(), search.size(), sort);
	}

	/** A case-insensitive "contains" pattern; the user's % and _ are taken literally. */
	static String likePattern(String text) {
		if (text == null || text.isBlank()) {
			return "%";
		}
		String literal = text.trim()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + literal + "%";
	}

}
