package io.storesphere.cart.shopping.web;

import io.storesphere.cart.shopping.CartBusy;
import io.storesphere.cart.shopping.CartRuleViolation;
import io.storesphere.cart.shopping.CartStoreUnavailable;
import io.storesphere.cart.shopping.CatalogUnavailable;
import io.storesphere.starter.problem.ApiProblemHandling;
import io.storesphere.starter.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of cart's API as an RFC 9457 problem with a stable {@code type}, a
 * {@code detail} a person can act on and, where it helps a client, the product and the
 * numbers involved.
 */
@RestControllerAdvice
class ProblemHandling extends ApiProblemHandling {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> ruleViolated(CartRuleViolation ex) {
		HttpStatus status;
		String type;
		String title;
		switch (ex.rule()) {
			case UNKNOWN_PRODUCT -> {
				status = HttpStatus.UNPROCESSABLE_CONTENT;
				type = "unknown-product";
				title = "Unknown product";
			}
			case QUANTITY_LIMIT -> {
				status = HttpStatus.UNPROCESSABLE_CONTENT;
				type = "quantity-limit";
				title = "Too many of one product";
			}
			case INSUFFICIENT_STOCK -> {
				status = HttpStatus.CONFLICT;
				type = "insufficient-stock";
				title = "Not enough stock";
			}
			default -> {
				status = HttpStatus.CONFLICT;
				type = "cart-full";
				title = "Cart full";
			}
		}
		ProblemDetail problem = Problems.problem(status, type, title, ex.getMessage());
		problem.setProperty("productId", ex.productId());
		if (ex.rule() != CartRuleViolation.Rule.UNKNOWN_PRODUCT) {
			problem.setProperty("requested", ex.requested());
			problem.setProperty((ex.rule() == CartRuleViolation.Rule.INSUFFICIENT_STOCK) ? "available" : "limit",
					ex.allowed());
		}
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> catalogUnavailable(CatalogUnavailable ex) {
		log.warn("Catalog unavailable: {}", ex.getMessage());
		return Problems.serviceUnavailable("catalog",
				"The catalog service is unavailable or did not answer in time, so your cart was not changed."
						+ " Try again in a moment.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> storeUnavailable(CartStoreUnavailable ex) {
		log.warn("Cart store unavailable: {}", ex.getMessage());
		return Problems.serviceUnavailable("cart", "Your cart cannot be reached right now. Try again in a moment.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(CartBusy ex) {
		log.warn("{}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Problems.problem(HttpStatus.CONFLICT, "concurrent-update", "Cart changed meanwhile",
					"Your cart was being changed from elsewhere at the same moment and this change could not be"
							+ " applied. Look at the cart and try again."));
	}

	@Override
	protected String unreadableBodyDetail() {
		return "The request body must be a JSON object such as {\"productId\":\"p1\",\"quantity\":1}, with quantity a"
				+ " whole number.";
	}

}
