package io.storesphere.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.image.ImageRejectedException;
import io.storesphere.catalog.product.InvalidCursorException;
import io.storesphere.catalog.product.NoSuchImageException;
import io.storesphere.catalog.product.NoSuchProductException;
import io.storesphere.catalog.product.StaleProductException;
import io.storesphere.catalog.product.web.InvalidFieldException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json, with a stable type and a detail a person can act
 * on; field errors also list each field.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final String TYPES = "https://storesphere.dev/problems/";

	private final long maxUploadKilobytes;

	ProblemHandling(CatalogProperties properties) {
		this.maxUploadKilobytes = properties.images().maxUpload().toKilobytes();
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> noSuchProduct(NoSuchProductException ex) {
		return notFound("product-not-found", "Product not found", ex.getMessage(), ex.productId());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> noSuchImage(NoSuchImageException ex) {
		return notFound("image-not-found", "Image not found", ex.getMessage(), ex.productId());
	}

	private static ResponseEntity<ProblemDetail> notFound(String type, String title, String detail, String productId) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, type, title, detail);
		problem.setProperty("productId", productId);
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(StaleProductException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-version", "Product changed meanwhile",
				ex.getMessage());
		problem.setProperty("currentVersion", ex.currentVersion());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> imageRejected(ImageRejectedException ex) {
		HttpStatus status = ex.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		return ResponseEntity.status(status)
			.body(problem(status, ex.tooLarge() ? "image-too-large" : "unsupported-image",
					ex.tooLarge() ? "Image too large" : "Unsupported image", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidCursor(InvalidCursorException ex) {
		return ResponseEntity.badRequest()
			.body(invalid(List.of(Map.of("field", "cursor", "message", ex.getMessage()))));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidField(InvalidFieldException ex) {
		return ResponseEntity.badRequest()
			.body(invalid(List.of(Map.of("field", ex.field(), "message", ex.getMessage()))));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map((error) -> Map.of("field",
					(error instanceof FieldError field) ? field.getField() : error.getObjectName(), "message",
					bindingMessage(error)))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> Map.of("field", result.getMethodParameter().getParameterName(), "message",
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request",
					"The body is not the JSON this endpoint takes: check the syntax and that numbers are numbers."));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "image-too-large", "Image too large",
					"The upload is larger than " + this.maxUploadKilobytes + " KB; upload a smaller image."));
	}

	private static String bindingMessage(org.springframework.validation.ObjectError error) {
		if (error instanceof FieldError field && field.isBindingFailure()) {
			return "is not a valid value";
		}
		return String.valueOf(error.getDefaultMessage());
	}

	private static ProblemDetail invalid(List<Map<String, String>> errors) {
		String detail = errors.stream()
			.map((error) -> error.get("field") + " " + error.get("message"))
			.reduce((left, right) -> left + "; " + right)
			.orElse("The request is invalid.");
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPES + type));
		problem.setTitle(title);
		return problem;
	}

}
