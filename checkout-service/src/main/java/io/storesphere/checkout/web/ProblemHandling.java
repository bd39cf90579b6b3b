package io.storesphere.checkout.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.storesphere.checkout.order.CheckoutRefused;
import io.storesphere.checkout.order.IdempotencyConflict;
import io.storesphere.checkout.order.OrderNotFound;
import io.storesphere.checkout.order.Orders;
import io.storesphere.checkout.order.UpstreamUnavailable;
import io.storesphere.checkout.payment.InvalidCard;
import io.storesphere.checkout.payment.PaymentDeclined;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of checkout's API as an RFC 9457 problem with a stable {@code type} under
 * {@code https://storesphere.dev/problems/}, a {@code detail} a customer can act on and,
 * where it helps, what exactly is wrong (the fields, the shortages, the new prices).
 * Never a stack trace, and never a card number: validation errors name fields, not
 * values.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	private static final String TYPES = "https://storesphere.dev/problems/";

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		String detail = String.join("; ",
				errors.stream().map((error) -> error.get("field") + " " + error.get("message")).toList());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request",
					"The request body must be a JSON object with the documented fields, e.g. {\"payment\": "
							+ "{\"cardNumber\", \"expiryMonth\", \"expiryYear\", \"cvc\", \"cardholderName\"}}."));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String parameter = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return ResponseEntity.badRequest().body(invalid(parameter, "has the wrong type"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidRequest(InvalidRequest ex) {
		return ResponseEntity.badRequest().body(invalid(ex.field(), ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidCursor(Orders.InvalidCursor ex) {
		return ResponseEntity.badRequest().body(invalid("cursor", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> cartEmpty(CheckoutRefused.CartEmpty ex) {
		return respond(problem(HttpStatus.UNPROCESSABLE_CONTENT, "cart-empty", "Cart is empty", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unavailable(CheckoutRefused.ProductsUnavailable ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "products-unavailable", "Products no longer available",
				ex.getMessage());
		problem.setProperty("products",
				ex.products()
					.stream()
					.map((product) -> Map.of("productId", product.productId(), "productName",
							String.valueOf(product.productName())))
					.toList());
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> insufficientStock(CheckoutRefused.InsufficientStock ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "insufficient-stock", "Not enough stock", ex.getMessage());
		problem.setProperty("shortages", ex.shortages().stream().map((shortage) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("productId", shortage.productId());
			entry.put("productName", shortage.productName());
			entry.put("requested", shortage.requested());
			entry.put("available", shortage.available());
			return entry;
		}).toList());
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> pricesChanged(CheckoutRefused.PricesChanged ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "prices-changed", "Prices changed", ex.getMessage());
		problem.setProperty("changes", ex.changes().stream().map((change) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("productId", change.productId());
			entry.put("productName", change.productName());
			entry.put("acceptedPrice",
					(change.acceptedPrice() != null) ? change.acceptedPrice().toPlainString() : null);
			entry.put("currentPrice", change.currentPrice().toPlainString());
			return entry;
		}).toList());
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidCard(InvalidCard ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-card", "Card details invalid",
				ex.getMessage());
		problem.setProperty("errors",
				ex.problems()
					.stream()
					.map((error) -> Map.of("field", error.field(), "message", error.message()))
					.toList());
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> declined(PaymentDeclined ex) {
		boolean funds = ex.reason() == PaymentDeclined.Reason.INSUFFICIENT_FUNDS;
		return respond(problem(HttpStatus.PAYMENT_REQUIRED, funds ? "insufficient-funds" : "payment-declined",
				funds ? "Insufficient funds" : "Payment declined", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> keyReused(IdempotencyConflict.KeyReused ex) {
		return respond(problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
				"Idempotency key already used", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> keyInUse(IdempotencyConflict.KeyInUse ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(problem(HttpStatus.CONFLICT, "idempotency-key-in-use", "Checkout in progress", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(OrderNotFound ex) {
		return respond(problem(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", ex.getMessage()));
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

	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		return respond(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
		log.error("Unexpected failure", ex);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Something went wrong on our side; nothing was charged twice. Try again in a moment."));
	}

	private static ResponseEntity<ProblemDetail> serviceUnavailable(String service) {
		String what = switch (service) {
			case "cart" -> "Your cart cannot be read right now";
			case "catalog" -> "Current prices and stock cannot be read right now";
			default -> "Orders cannot be saved right now";
		};
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
				what + " (" + service + " is unavailable); nothing was charged. Try again in a moment.");
		problem.setProperty("service", service);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private static ProblemDetail invalid(String field, String message) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				field + " " + message);
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPES + type));
		problem.setTitle(title);
		return problem;
	}

}
