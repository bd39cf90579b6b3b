package io.storesphere.cart.shopping.web;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the cart's changes. */
final class CartRequests {

	private CartRequests() {
	}

	/**
	 * Adds units of a product. {@code product_id} is accepted too, as the original app
	 * sent it; a missing quantity means 1.
	 *
	 * @param productId the product
	 * @param quantity units to add, at least 1
	 */
	record AddItem(@JsonAlias("product_id") @NotBlank @Size(max = 200) String productId, @Min(1) Integer quantity) {

		int quantityOrOne() {
			return (this.quantity != null) ? this.quantity : 1;
		}

	}

	/**
	 * Sets the units of a product; 0 removes it.
	 *
	 * @param quantity the new quantity
	 */
	record SetQuantity(@NotNull @Min(0) Integer quantity) {

	}

}
