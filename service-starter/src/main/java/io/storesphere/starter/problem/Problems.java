package io.storesphere.starter.problem;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problems the StoreSphere way: a stable {@code type} under {@link #TYPES}, a
 * short title and a {@code detail} a person can act on; invalid input also lists each
 * field at fault in {@code errors}.
 */
public final class Problems {

	/**
	 * Every problem type is this plus a kebab-case name, e.g. {@code invalid-request}.
	 */
	public static final String TYPES = "https://storesphere.dev/problems/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	/**
	 * Writes a problem from a servlet filter, where no controller advice reaches; the
	 * {@code instance} is the request's path.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", TYPES + type);
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), problem);
	}

	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPES + type));
		problem.setTitle(title);
		return problem;
	}

	/** 400 {@code invalid-request} for one field. */
	public static ProblemDetail invalid(String field, String message) {
		return invalid(List.of(Map.of("field", field, "message", message)));
	}

	/** 400 {@code invalid-request} listing each {@code field} and {@code message}. */
	public static ProblemDetail invalid(List<Map<String, String>> errors) {
		String detail = errors.stream()
			.map((error) -> error.get("field") + " " + error.get("message"))
			.reduce((left, right) -> left + "; " + right)
			.orElse("The request is invalid.");
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * 503 {@code service-unavailable} naming what is down, to be retried after a pause.
	 */
	public static ResponseEntity<ProblemDetail> serviceUnavailable(String service, String detail) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
				detail);
		problem.setProperty("service", service);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	/** The problem as a response with its own status. */
	public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
