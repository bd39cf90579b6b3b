package io.storesphere.analytics.customers.persistence;

import io.storesphere.analytics.customers.CustomerSearch;
import io.storesphere.analytics.customers.CustomerSearch.SortBy;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** How an admin's search becomes the JPQL query's paging, ordering and pattern. */
class JpaCustomerValuesTest {

	@Test
	void theBiggestSpendersComeFirstWithTheUserIdBreakingTies() {
		Pageable pageable = JpaCustomerValues.pageRequest(new CustomerSearch(null, SortBy.MONEY_SPENT, true, 2, 20));

		assertThat(pageable.getPageNumber()).isEqualTo(2);
		assertThat(pageable.getPageSize()).isEqualTo(20);
		assertThat(pageable.getSort().toList()).extracting(Sort.Order::getProperty, Sort.Order::getDirection)
			.containsExactly(tuple("coalesce(l.moneySpent, 0)", Sort.Direction.DESC),
					tuple("c.userId", Sort.Direction.ASC));
	}

	@Test
	void everySortKeyOrdersByItsColumnAndCustomersWithoutOrdersCountAsZero() {
		assertThat(orderedBy(SortBy.ITEMS_BOUGHT)).isEqualTo("coalesce(l.itemsBought, 0)");
		assertThat(orderedBy(SortBy.ORDER_COUNT)).isEqualTo("coalesce(l.orderCount, 0)");
		assertThat(orderedBy(SortBy.NAME)).isEqualTo("lower(c.fullName)");
		assertThat(orderedBy(SortBy.REGISTERED_AT)).isEqualTo("c.registeredAt");
	}

	@Test
	void aSearchIsCaseInsensitiveAndTakesWildcardsLiterally() {
		assertThat(JpaCustomerValues.likePattern(" 50%_Off ")).isEqualTo("%50\\%\\_off%");
		assertThat(JpaCustomerValues.likePattern("a\\b")).isEqualTo("%a\\\\b%");
	}

	@Test
	void noSearchTextMatchesEveryone() {
		assertThat(JpaCustomerValues.likePattern(null)).isEqualTo("%");
		assertThat(JpaCustomerValues.likePattern("  ")).isEqualTo("%");
	}

	private static String orderedBy(SortBy sortBy) {
		Sort.Order first = JpaCustomerValues.pageRequest(new CustomerSearch(null, sortBy, false, 0, 20))
			.getSort()
			.toList()
			.get(0);
		assertThat(first.getDirection()).isEqualTo(Sort.Direction.ASC);
		return first.getProperty();
	}

}
