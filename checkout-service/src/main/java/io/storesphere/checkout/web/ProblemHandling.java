package io.storesphere.checkout.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.storesphere.checkout.idempotency.IdempotencyConflict;
import io.storesphere.checkout.order.OrderNotFound;
import io.storesphere.checkout.order.OrderQueries;
import io.storesphere.checkout.payment.InvalidCard;
import io.storesphere.checkout.payment.PaymentDeclined;
import io.storesphere.checkout.placing.CheckoutRefused;
import io.storesphere.checkout.placing.UpstreamUnavailable;
import io.storesphere.starter.problem.ApiProblemHandling;
import io.storesphere.starter.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of checkout's API as an RFC 9457 problem with a stable {@code type} under
 * {@code https://storesphere.dev/problems/}, a {@code detail} a customer can act on and,
 * where it helps, what exactly is wrong (the fields, the shortages, the new prices).
 * Never a stack trace, and never a card number: validation errors name fields, not
 * values.
 */
@RestControllerAdvice
class ProblemHandling extends ApiProblemHandling {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	@Override
	protected String unreadableBodyDetail() {
		return "The request body must be a JSON object with the documented fields, e.g. {\"payment\": "
				+ "{\"cardNumber\", \"expiryMonth\", \"expiryYear\", \"cvc\", \"cardholderName\"}}.";
	}

	@Override
	protected String internalErrorDetail() {
		return "Something went wrong on our side; nothing was charged twice. Try again in a moment.";
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidRequest(InvalidRequest ex) {
		return ResponseEntity.badRequest().body(Problems.invalid(ex.field(), ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidCursor(OrderQueries.InvalidCursor ex) {
		return ResponseEntity.badRequest().body(Problems.invalid("cursor", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> cartEmpty(CheckoutRefused.CartEmpty ex) {
		return Problems.respond(
				Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "cart-empty", "Cart is empty", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unavailable(CheckoutRefused.ProductsUnavailable ex) {
		return conflict("products-unavailable", "Products no longer available", ex, "products", ex.products(),
				(product) -> fields("productId", product.productId(), "productName",
						String.valueOf(product.productName())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> insufficientStock(CheckoutRefused.InsufficientStock ex) {
		return conflict("insufficient-stock", "Not enough stock", ex, "shortages", ex.shortages(),
				(shortage) -> fields("productId", shortage.productId(), "productName", shortage.productName(),
						"requested", shortage.requested(), "available", shortage.available()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> pricesChanged(CheckoutRefused.PricesChanged ex) {
		return conflict("prices-changed", "Prices changed", ex, "changes", ex.changes(),
				(change) -> fields("productId", change.productId(), "productName", change.productName(),
						"acceptedPrice",
						(change.acceptedPrice() != null) ? change.acceptedPrice().toPlainString() : null,
						"currentPrice", change.currentPrice().toPlainString()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidCard(InvalidCard ex) {
		ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-card",
				"Card details invalid", ex.getMessage());
		problem.setProperty("errors",
				ex.problems()
					.stream()
					.map((error) -> Map.of("field", error.field(), "message", error.message()))
					.toList());
		return Problems.respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> declined(PaymentDeclined ex) {
		boolean funds = ex.reason() == PaymentDeclined.Reason.INSUFFICIENT_FUNDS;
		return Problems
			.respond(Problems.problem(HttpStatus.PAYMENT_REQUIRED, funds ? "insufficient-funds" : "payment-declined",
					funds ? "Insufficient funds" : "Payment declined", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> keyReused(IdempotencyConflict.KeyReused ex) {
		return Problems.respond(Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
				"Idempotency key already used", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> keyInUse(IdempotencyConflict.KeyInUse ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(Problems.problem(HttpStatus.CONFLICT, "idempotency-key-in-use", "Checkout in progress",
					ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(OrderNotFound ex) {
		return Problems
			.respond(Problems.problem(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> upstream(UpstreamUnavailable ex) {
		log.warn("Checkout refused, {} unavailable: {}", ex.service(), ex.getMessage());
		return serviceUnavailable(ex.service());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> store(SdkException ex) {
		log.warn("Order store unavailable: {}", ex.getMessage());
		return serviceUnavailable("orders-store");
	}

	/**
	 * A 409 for a cart that cannot be bought as it is, listing under {@code property}
	 * what the customer has to change, one entry per product.
	 */
	private static <T> ResponseEntity<ProblemDetail> conflict(String type, String title, CheckoutRefused refused,
			String property, List<T> products, Function<T, Map<String, Object>> entry) {
		ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, type, title, refused.getMessage());
		problem.setProperty(property, products.stream().map(entry).toList());
		return Problems.respond(problem);
	}

	/** Names and values in this order; unlike {@code Map.of}, a value may be null. */
	private static Map<String, Object> fields(Object... namesAndValues) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	private static ResponseEntity<ProblemDetail> serviceUnavailable(String service) {
		String what = switch (service) {
			case "cart" -> "Your cart cannot be read right now";
			case "catalog" -> "Current prices and stock cannot be read right now";
			default -> "Orders cannot be saved right now";
		};
		return Problems.serviceUnavailable(service,
				what + " (" + service + " is unavailable); nothing was charged. Try again in a moment.");
	}

}
