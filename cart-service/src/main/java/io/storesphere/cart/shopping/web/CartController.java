package io.storesphere.cart.shopping.web;

import io.storesphere.cart.shopping.CartService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

	/**
	 * A cart change's documented 200, which springdoc no longer infers once a method
	 * declares its refusals.
	 */
	private static final String CART = "The whole cart after the change, as GET answers it";

	private static final String REFUSED_BY_STOCK_OR_SIZE = "Stock does not cover the new quantity"
			+ " (insufficient-stock, with available), the cart is full (cart-full), or it changed meanwhile"
			+ " (concurrent-update)";

	private static final String REFUSED_BY_CATALOG = "The product is unknown to catalog (unknown-product) or the"
			+ " quantity is over the per-line limit (quantity-limit)";

	private static final String CHANGED_MEANWHILE = "The cart changed meanwhile from elsewhere: concurrent-update";

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
	@ApiResponse(responseCode = "200", description = CART)
	@ApiResponse(responseCode = "409", description = REFUSED_BY_STOCK_OR_SIZE)
	@ApiResponse(responseCode = "422", description = REFUSED_BY_CATALOG)
	@Operation(summary = "Add units of a product",
			description = "409 when stock does not cover the new quantity or the cart is full, 422 for an unknown product or more than the per-line limit, 503 when catalog cannot be asked.")
	CartResponse add(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token,
			@Valid @RequestBody CartRequests.AddItem item) {
		return CartResponse.of(this.carts.add(token.getSubject(), item.productId().trim(), item.quantityOrOne()));
	}

	@PutMapping("/items/{productId}")
	@ApiResponse(responseCode = "200", description = CART)
	@ApiResponse(responseCode = "409", description = REFUSED_BY_STOCK_OR_SIZE)
	@ApiResponse(responseCode = "422", description = REFUSED_BY_CATALOG)
	@Operation(summary = "Set the units of a product; 0 removes it")
	CartResponse set(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token,
			@PathVariable @NotBlank @Size(max = 200) String productId,
			@Valid @RequestBody CartRequests.SetQuantity body) {
		return CartResponse.of(this.carts.set(token.getSubject(), productId, body.quantity()));
	}

	@DeleteMapping("/items/{productId}")
	@ApiResponse(responseCode = "200", description = CART)
	@ApiResponse(responseCode = "409", description = CHANGED_MEANWHILE)
	@Operation(summary = "Remove a product; works while catalog is down")
	CartResponse remove(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token,
			@PathVariable @NotBlank @Size(max = 200) String productId) {
		return CartResponse.of(this.carts.remove(token.getSubject(), productId));
	}

	@DeleteMapping
	@ApiResponse(responseCode = "200", description = CART)
	@ApiResponse(responseCode = "409", description = CHANGED_MEANWHILE)
	@Operation(summary = "Empty the cart; works while catalog is down")
	CartResponse clear(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
		return CartResponse.of(this.carts.clear(token.getSubject()));
	}

	@PostMapping("/accept-prices")
	@ApiResponse(responseCode = "200", description = CART)
	@ApiResponse(responseCode = "409", description = CHANGED_MEANWHILE)
	@Operation(summary = "Accept catalog's current prices for every line")
	CartResponse acceptPrices(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
		return CartResponse.of(this.carts.acceptPrices(token.getSubject()));
	}

}
