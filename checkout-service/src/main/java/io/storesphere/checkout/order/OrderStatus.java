package io.storesphere.checkout.order;

/**
 * An order's life: PLACED when paid, then CONFIRMED when catalog committed its stock or
 * CANCELLED (and refunded) when catalog could not.
 */
public enum OrderStatus {

	PLACED, CONFIRMED, CANCELLED

}
