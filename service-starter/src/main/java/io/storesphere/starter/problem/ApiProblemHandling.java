package io.storesphere.starter.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The errors every service answers the same way, as {@link Problems}: invalid fields and
 * parameters, unreadable bodies, wrongly typed parameters, unsupported media types and
 * methods (each with a stable type instead of {@code about:blank}), unreadable multipart
 * bodies, method-security refusals and, last, anything unexpected as a 500 without a
 * stack trace. A service extends it with {@code @RestControllerAdvice} and adds handlers
 * for its own exceptions; the hooks ({@link #unreadableBodyDetail()},
 * {@link #internalErrorDetail()}) let it word the generic ones for its API.
 */
public abstract class ApiProblemHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandling.class);

	/** What a client should send instead of an unreadable body. */
	protected String unreadableBodyDetail() {
		return "The body is not the JSON this endpoint takes: check the syntax, the documented fields and that"
				+ " numbers are numbers.";
	}

	/** What a client is told when something failed on the service's side. */
	protected String internalErrorDetail() {
		return "Something went wrong on our side and nothing was changed. Try again in a moment.";
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
		return ResponseEntity.badRequest().body(Problems.invalid(errors));
	}

	/**
	 * Method validation (a constraint on a path variable or parameter, e.g. a blank id)
	 * names the parameter; a body validated with it names the body's own fields, as
	 * {@link #handleMethodArgumentNotValid} does.
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> (result instanceof ParameterErrors body)
					? body.getAllErrors()
						.stream()
						.map((error) -> Map.of("field",
								(error instanceof FieldError field) ? field.getField() : error.getObjectName(),
								"message", bindingMessage(error)))
					: result.getResolvableErrors()
						.stream()
						.map((error) -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
								"message", String.valueOf(error.getDefaultMessage()))))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalid(errors));
	}

	/**
	 * A body that is not JSON gets the service's wording; a JSON value of the wrong type
	 * (a number for a text, text or a fraction for a whole number) names its field.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request",
				unreadableBodyDetail());
		if (ex.getCause() instanceof MismatchedInputException mismatch
				&& !(mismatch instanceof UnrecognizedPropertyException) && !mismatch.getPath().isEmpty()) {
			String field = fieldPath(mismatch.getPath());
			String message = expected(mismatch.getTargetType());
			problem.setDetail(field + " " + message);
			problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A multipart body Tomcat cannot split (e.g. {@code multipart/form-data} without a
	 * boundary) is the client's mistake, found before any endpoint is chosen.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException ex) {
		return Problems.respond(Problems.problem(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request",
				"The multipart body cannot be read: its Content-Type must name a boundary. Endpoints that take JSON"
						+ " need Content-Type: application/json."));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String parameter = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return ResponseEntity.badRequest().body(Problems.invalid(String.valueOf(parameter), expected(ex)));
	}

	/**
	 * Every other exception Spring MVC answers itself (unsupported media type, method not
	 * allowed, missing parameter, no such resource...) keeps its status and detail but
	 * gets a stable type named after its status instead of {@code about:blank}.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// The body is often filled in by the superclass (from the ErrorResponse), so look
		// at what it built.
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			if (status != null) {
				problem.setType(URI.create(Problems.TYPES + typeName(status)));
				problem.setTitle(status.getReasonPhrase());
			}
		}
		return response;
	}

	/**
	 * A refusal thrown past the filters: by method security (its message says nothing a
	 * person can use) or by a controller, whose own message says what to do.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		String message = ex.getMessage();
		boolean generic = message == null || message.isBlank() || message.startsWith("Access Denied")
				|| message.startsWith("Access is denied");
		return Problems.respond(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				generic ? "Your account may not do this." : message));
	}

	/** The last resort: logged with its stack here, never shown to the client. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
		log.error("Unexpected failure", ex);
		return Problems.respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				internalErrorDetail()));
	}

	private static String expected(TypeMismatchException ex) {
		return expected(ex.getRequiredType());
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "has the wrong type";
		}
		if (type == int.class || type == long.class || type == Integer.class || type == Long.class
				|| type == short.class || type == Short.class) {
			return "must be a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "must be a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "must be true or false";
		}
		if (type.isEnum()) {
			return "must be one of " + List.of(type.getEnumConstants());
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return "must be text (a JSON string)";
		}
		return "has the wrong type";
	}

	/** e.g. {@code payment.cardNumber} or {@code lines[0].quantity}. */
	private static String fieldPath(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? "body" : field.toString();
	}

	private static String bindingMessage(ObjectError error) {
		if (error instanceof FieldError field && field.isBindingFailure()) {
			return "is not a valid value";
		}
		return String.valueOf(error.getDefaultMessage());
	}

	/** e.g. 415 becomes {@code unsupported-media-type}. */
	private static String typeName(HttpStatus status) {
		return status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

}
