package io.storesphere.checkout.order.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.storesphere.checkout.order.web.OrderResponses.OrderView;
import io.storesphere.checkout.payment.TestCards;
import io.storesphere.checkout.payment.TestCards.TestCard;
import io.storesphere.checkout.placing.Checkout;
import io.storesphere.checkout.placing.Checkout.PlacedOrder;
import io.storesphere.checkout.placing.Pricing;
import io.storesphere.checkout.web.InvalidRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkout: pays for the caller's cart and answers 201 with the order. The gateway also
 * serves it as the original app's {@code POST /api/record_payment}.
 */
@RestController
class CheckoutController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/**
	 * Set on an answer that repeats the order an earlier request with the key created.
	 */
	static final String REPLAYED = "Idempotent-Replayed";

	private final Checkout checkout;

	private final Pricing pricing;

	CheckoutController(Checkout checkout, Pricing pricing) {
		this.checkout = checkout;
		this.pricing = pricing;
	}

	/**
	 * A missing or malformed key is a 400 naming the header, not Spring's bare refusal:
	 * required for the document, read as optional here.
	 */
	@PostMapping("/api/checkout")
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "402",
			description = "The card was declined: payment-declined, or insufficient-funds; nothing was charged")
	@ApiResponse(responseCode = "409",
			description = "The cart cannot be bought as it is: products-unavailable,"
					+ " insufficient-stock (with shortages) or prices-changed (with changes); or a request with this"
					+ " Idempotency-Key is still in progress: idempotency-key-in-use, with Retry-After")
	@ApiResponse(responseCode = "422", description = "The cart is empty (cart-empty), the card details are invalid"
			+ " (invalid-card, with errors), or the Idempotency-Key was used for another cart (idempotency-key-reused)")
	ResponseEntity<OrderView> checkout(
			@Parameter(required = true,
					description = "A unique value per checkout attempt (a UUID, say) of 1 to 255 visible characters;"
							+ " the same value again retries safely, answering the order it created") @RequestHeader(
									name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			@Valid @RequestBody CheckoutRequest request, @AuthenticationPrincipal Jwt token) {
		if (idempotencyKey == null || !idempotencyKey.matches("[\\x21-\\x7E]{1,255}")) {
			throw new InvalidRequest(IDEMPOTENCY_KEY,
					"header is required: a unique value per checkout attempt (a UUID, say) of 1 to 255 visible "
							+ "characters; send the same value again to retry safely");
		}
		PlacedOrder placed = this.checkout.place(Caller.customer(token), idempotencyKey, request.payment().toCard());
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/orders/" + placed.order().id()))
			.header(REPLAYED, String.valueOf(placed.replayed()))
			.body(OrderView.of(placed.order()));
	}

	/**
	 * What the checkout page shows before paying: the currency, tax rate and test cards.
	 */
	@GetMapping("/api/checkout")
	CheckoutInfo info() {
		return new CheckoutInfo(this.pricing.currency(), this.pricing.taxRate(), TestCards.ALL);
	}

	record CheckoutInfo(String currency, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate,
			List<TestCard> testCards) {

	}

}
