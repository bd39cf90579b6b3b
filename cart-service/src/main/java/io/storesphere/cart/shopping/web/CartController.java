package io.storesphere.cart.shopping.web;

import io.storesphere.cart.shopping.CartService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's cart. The cart is always the token subject's: no path or body
 * names a user. Every change answers with the whole cart, as GET does.
 */
@RestController
@RequestMapping("/api/cart")
class CartController {

	private final CartService carts;

	CartController(CartService carts) {
		this.carts = carts;
	}

	@GetMapping
	@Operation(summary = "The cart at catalog's current prices",
			description = "When catalog cannot be asked, the cart is shown at its last known prices with pricesCurrent false.")
	CartResponse get(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
		return CartResponse.of(this.carts.get(token.getSubject()));
	}

	/**
	 * Also answers {@code POST /api/cart}, the original app's endpoint, which the gateway
	 * maps here.
	 */
	@PostMapping({ "/items", "" })
	@Operation(summary = "Add units of a product",
			description = "409 when stock does not cover the new quantity or the cart is full, 422 for an unknown product or more than the per-line limit, 503 when catalog cannot be asked.")
	CartResponse add(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token,
			@Valid @RequestBody CartRequests.AddItem item) {
		return CartResponse.of(this.carts.add(token.getSubject(), item.productId().trim(), item.quantityOrOne()));
	}

	@PutMapping("/items/{productId}")
	@Operation(summary = "Set the units of a product; 0 removes it")
	CartResponse set(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token,
			@PathVariable @NotBlank @Size(max = 200) String productId,
			@Valid @RequestBody CartRequests.SetQuantity body) {
		return CartResponse.of(this.carts.set(token.getSubject(), productId, body.quantity()));
	}

	@DeleteMapping("/items/{productId}")
	@Operation(summary = "Remove a product; works while catalog is down")
	CartResponse remove(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token,
			@PathVariable @NotBlank @Size(max = 200) String productId) {
		return CartResponse.of(this.carts.remove(token.getSubject(), productId));
	}

	@DeleteMapping
	@Operation(summary = "Empty the cart; works while catalog is down")
	CartResponse clear(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
		return CartResponse.of(this.carts.clear(token.getSubject()));
	}

	@PostMapping("/accept-prices")
	@Operation(summary = "Accept catalog's current prices for every line")
	CartResponse acceptPrices(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
		return CartResponse.of(this.carts.acceptPrices(token.getSubject()));
	}

}
