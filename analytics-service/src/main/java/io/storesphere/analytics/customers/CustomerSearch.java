package io.storesphere.analytics.customers;

/**
 * Which customers an admin asks for.
 *
 * @param text matched case-insensitively and literally against the name, e-mail and id;
 * null or blank matches everyone
 * @param sortBy what to order by
 * @param descending largest (or latest, or last in the alphabet) first
 * @param page the page, from 0
 * @param size customers per page
 */
public record CustomerSearch(String text, SortBy sortBy, boolean descending, int page, int size) {

	/** What customers can be ordered by. */
	public enum SortBy {

		MONEY_SPENT, ITEMS_BOUGHT, ORDER_COUNT, NAME, REGISTERED_AT

	}

}
