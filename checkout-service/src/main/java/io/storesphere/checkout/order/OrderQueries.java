package io.storesphere.checkout.order;

import java.util.Optional;

/**
 * Reading orders: one by id (always the latest write), and lists newest first, a page at
 * a time.
 */
public interface OrderQueries {

	Optional<Order> find(String orderId);

	/**
	 * A customer's orders, newest first.
	 * @throws InvalidCursor when {@code cursor} is not one this store handed out
	 */
	Page<Order> ofCustomer(String userId, int limit, String cursor);

	/**
	 * Every order, or those with one status, newest first.
	 * @throws InvalidCursor when {@code cursor} is not one this store handed out
	 */
	Page<Order> all(OrderStatus status, int limit, String cursor);

	/** A cursor this store did not hand out (or not to this caller). */
	class InvalidCursor extends RuntimeException {

		public InvalidCursor() {
			super("cursor is not one this API handed out; start again without it");
		}

	}

}
