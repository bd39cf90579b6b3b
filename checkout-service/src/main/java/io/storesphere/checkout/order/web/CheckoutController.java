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
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

	@PostMapping("/api/checkout")
	ResponseEntity<OrderView> checkout(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
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
