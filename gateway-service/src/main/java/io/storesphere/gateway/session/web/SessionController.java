package io.storesphere.gateway.session.web;

import java.time.Duration;
import java.util.Map;

import io.storesphere.gateway.routing.config.ServiceProperties;
import io.storesphere.gateway.session.config.SessionProperties;
import io.storesphere.gateway.web.Problems;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Browser sign-in: the gateway signs in at identity on the browser's behalf and keeps the
 * access token in an HttpOnly, SameSite=Strict cookie, so no script on the page can read
 * it. The answer is the user, never the token.
 */
@RestController
@RequestMapping("/api/session")
class SessionController {

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebClient identity;

	private final SessionProperties session;

	private final Duration timeout;

	SessionController(WebClient.Builder webClients, ServiceProperties services, SessionProperties session) {
		this.identity = webClients.baseUrl(services.identity().toString()).build();
		this.session = session;
		this.timeout = services.responseTimeout();
	}

	@PostMapping("/login")
	@ApiResponse(responseCode = "200",
			description = "Signed in: the user and the session's lifetime in seconds; the token is in an HttpOnly"
					+ " cookie, never in the body",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
	@ApiResponse(responseCode = "400", description = "identity's invalid-request or unreadable-request",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Wrong e-mail address or password: invalid-credentials",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403",
			description = "The request's Origin (or Referer) is not this site's: cross-site-request",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = "The body is not JSON: unsupported-media-type",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "423", description = "Too many failed sign-ins: account-locked, with Retry-After",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "Too many attempts from this address: too-many-attempts",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503", description = "identity is unavailable: service-unavailable, with Retry-After",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
	Mono<ResponseEntity<String>> login(@RequestBody(required = false) String credentials) {
		return this.identity.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue((credentials != null) ? credentials : "{}")
			.exchangeToMono((response) -> response.bodyToMono(String.class)
				.defaultIfEmpty("")
				.map((body) -> response.statusCode().is2xxSuccessful() ? signedIn(body)
						: refused(response.statusCode(), response.headers().asHttpHeaders(), body)))
			.timeout(this.timeout)
			.onErrorResume((unreachable) -> Mono.just(identityUnavailable()));
	}

	@PostMapping("/logout")
	@ApiResponse(responseCode = "204", description = "Signed out: the session cookie is cleared")
	@ApiResponse(responseCode = "403",
			description = "The request's Origin (or Referer) is not this site's: cross-site-request",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> logout() {
		return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString()).build();
	}

	private ResponseEntity<String> signedIn(String loginResponse) {
		JsonNode login = JSON.readTree(loginResponse);
		Duration lifetime = Duration.ofSeconds(login.get("expiresIn").asLong());
		String body = JSON.writeValueAsString(Map.of("user", login.get("user"), "expiresIn", lifetime.toSeconds()));
		return ResponseEntity.ok()
			.header(HttpHeaders.SET_COOKIE, cookie(login.get("accessToken").asString(), lifetime).toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	/**
	 * identity's problem (401, 423, 400), passed on with what the browser needs to act on
	 * it.
	 */
	private static ResponseEntity<String> refused(HttpStatusCode status, HttpHeaders headers, String body) {
		ResponseEntity.BodyBuilder refused = ResponseEntity.status(status);
		if (headers.getContentType() != null) {
			refused.contentType(headers.getContentType());
		}
		String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (retryAfter != null) {
			refused.header(HttpHeaders.RETRY_AFTER, retryAfter);
		}
		return refused.body(body);
	}

	private ResponseCookie cookie(String token, Duration maxAge) {
		return ResponseCookie.from(this.session.cookieName(), token)
			.httpOnly(true)
			.secure(this.session.secure())
			.sameSite("Strict")
			.path("/")
			.maxAge(maxAge)
			.build();
	}

	private static ResponseEntity<String> identityUnavailable() {
		String problem = JSON.writeValueAsString(Problems.body(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
				"The identity service is unavailable or did not answer in time. Try again in a moment.",
				"/api/session/login"));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
