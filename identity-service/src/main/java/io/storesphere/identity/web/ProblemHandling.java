package io.storesphere.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.storesphere.identity.account.AccountExceptions;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of identity's API as an RFC 9457 problem with a stable {@code type}, a
 * person-readable {@code detail} and, for invalid input, the fields at fault in
 * {@code errors}.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

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
					"The request body must be a JSON object with the documented fields."));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidField(AccountExceptions.InvalidField ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				ex.field() + " " + ex.getMessage());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> emailTaken(AccountExceptions.EmailAlreadyRegistered ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problem(HttpStatus.CONFLICT, "email-already-registered", "E-mail already registered",
					ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidCredentials(AccountExceptions.InvalidCredentials ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(problem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Sign-in failed", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> locked(AccountExceptions.Locked ex) {
		return ResponseEntity.status(HttpStatus.LOCKED)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())))
			.body(problem(HttpStatus.LOCKED, "account-locked", "Account locked", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(AccountExceptions.NotFound ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(HttpStatus.NOT_FOUND, "account-not-found", "Account not found", ex.getMessage()));
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPES + type));
		problem.setTitle(title);
		return problem;
	}

}
