package io.storesphere.checkout.order;

/** No such order, or not one the caller may see: the same answer for both. */
public class OrderNotFound extends RuntimeException {

	public OrderNotFound(String orderId) {
		super("There is no order " + orderId + " in your account.");
	}

}
