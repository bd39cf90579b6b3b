package io.storesphere.analytics.customers.persistence;

import io.storesphere.analytics.customers.CustomerValue;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The customers joined with their lifetime values, for the admin users page. */
interface CustomerValueRepository extends Repository<Customer, String> {

	@Query(value = """
			select new io.storesphere.analytics.customers.CustomerValue(c.userId, c.fullName, c.email, c.registeredAt,
				coalesce(l.itemsBought, 0), coalesce(l.moneySpent, 0), coalesce(l.orderCount, 0), l.lastOrderAt)
			from Customer c left join LifetimeValue l on l.userId = c.userId
			where coalesce(lower(c.fullName), '') like :pattern or coalesce(lower(c.email), '') like :pattern
				or lower(c.userId) like :pattern""", countQuery = """
			select count(c) from Customer c
			where coalesce(lower(c.fullName), '') like :pattern or coalesce(lower(c.email), '') like :pattern
			or lower(c.userId) like :pattern""")
	Page<CustomerValue> search(String pattern, Pageable pageable);

}
