package io.storesphere.analytics.customers;

/** Every customer with their lifetime value, as the admin users page reads them. */
public interface CustomerValues {

	/**
	 * One page of the customers that match, in the order asked for; ties are broken by
	 * the user id, so paging never shows a customer twice or skips one.
	 * @param search what to match, how to order and which page
	 * @return the page
	 */
	CustomerPage search(CustomerSearch search);

}
