package io.storesphere.gateway.session.web;

import java.time.Duration;
import java.util.Map;

import io.storesphere.gateway.routing.config.ServiceProperties;
import io.storesphere.gateway.session.config.SessionProperties;
import io.storesphere.gateway.web.Problems;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
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
