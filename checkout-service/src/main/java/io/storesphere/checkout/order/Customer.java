package io.storesphere.checkout.order;

/**
 * The signed-in customer, as the token describes them; never taken from a request body.
 *
 * @param userId the token subject
 * @param name the token's {@code name} claim
 * @param email the token's {@code email} claim
 */
public record Customer(String userId, String name, String email) {

	@Override
	public String toString() {
		return "Customer[" + this.userId + "]";
	}

}
