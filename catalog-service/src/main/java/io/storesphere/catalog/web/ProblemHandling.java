package io.storesphere.catalog.web;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.image.ImageRejectedException;
import io.storesphere.catalog.product.InvalidCursorException;
import io.storesphere.catalog.product.NoSuchImageException;
import io.storesphere.catalog.product.NoSuchProductException;
import io.storesphere.catalog.product.StaleProductException;
import io.storesphere.catalog.product.web.InvalidFieldException;
import io.storesphere.starter.problem.ApiProblemHandling;
import io.storesphere.starter.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Every error as RFC 9457 problem+json, with a stable type and a detail a person can act
 * on; field errors also list each field.
 */
@RestControllerAdvice
class ProblemHandling extends ApiProblemHandling {

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
		ProblemDetail problem = Problems.problem(HttpStatus.NOT_FOUND, type, title, detail);
		problem.setProperty("productId", productId);
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(StaleProductException ex) {
		ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "stale-version", "Product changed meanwhile",
				ex.getMessage());
		problem.setProperty("currentVersion", ex.currentVersion());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> imageRejected(ImageRejectedException ex) {
		HttpStatus status = ex.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		return ResponseEntity.status(status)
			.body(Problems.problem(status, ex.tooLarge() ? "image-too-large" : "unsupported-image",
					ex.tooLarge() ? "Image too large" : "Unsupported image", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidCursor(InvalidCursorException ex) {
		return ResponseEntity.badRequest().body(Problems.invalid("cursor", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidField(InvalidFieldException ex) {
		return ResponseEntity.badRequest().body(Problems.invalid(ex.field(), ex.getMessage()));
	}

	@Override
	protected String unreadableBodyDetail() {
		return "The body is not the JSON this endpoint takes: check the syntax and that numbers are numbers.";
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.body(Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "image-too-large", "Image too large",
					"The upload is larger than " + this.maxUploadKilobytes + " KB; upload a smaller image."));
	}

}
