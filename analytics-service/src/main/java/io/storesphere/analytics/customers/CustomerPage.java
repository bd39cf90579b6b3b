package io.storesphere.analytics.customers;

import java.util.List;

/**
 * One page of customers.
 *
 * @param items the customers on this page
 * @param totalItems how many customers match in all
 * @param totalPages how many pages they fill
 */
public record CustomerPage(List<CustomerValue> items, long totalItems, int totalPages) {

}
