package io.storesphere.gateway.security.config;

import java.time.Instant;
import java.util.List;

import io.storesphere.gateway.ratelimit.SignInRateLimit;
import io.storesphere.gateway.ratelimit.config.RateLimitProperties;
import io.storesphere.gateway.session.config.SessionProperties;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The gateway's security rules and the problems its own refusals answer with, pinned in a
 * WebFlux slice: the real security chain and firewall handling in front of a stand-in for
 * the routed services, no emulators and no services behind it.
 */
@WebFluxTest(controllers = GatewaySecurityTest.RoutedServices.class)
@Import({ SecurityConfiguration.class, GatewaySecurityTest.RoutedServices.class,
		GatewaySecurityTest.WebAdapters.class })
class GatewaySecurityTest {

	@Autowired
	private WebTestClient client;

	@MockitoBean
	private ReactiveJwtDecoder jwtDecoder;

	@MockitoBean
	private SignInRateLimit signInRateLimit;

	@Test
	void productReadsArePublic() {
		this.client.get().uri("/api/products").exchange().expectStatus().isOk();
	}

	@Test
	void anApiCallWithoutATokenIsA401ProblemAskingForABearerToken() {
		this.client.get()
			.uri("/api/cart")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://storesphere.dev/problems/unauthorized");
	}

	@Test
	void aCustomerIsRefusedTheAdminApiWithA403Problem() {
		this.client.get()
			.uri("/api/admin/users")
			.header("Authorization", "Bearer " + tokenWithRole("CUSTOMER"))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://storesphere.dev/problems/forbidden");
	}

	@Test
	void anAdminReachesTheAdminApi() {
		this.client.get()
			.uri("/api/admin/users")
			.header("Authorization", "Bearer " + tokenWithRole("ADMIN"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void anInvalidBearerTokenIsA401ProblemSayingSo() {
		given(this.jwtDecoder.decode(any()))
			.willReturn(Mono.error(new org.springframework.security.oauth2.jwt.BadJwtException("expired")));

		this.client.get()
			.uri("/api/cart")
			.header("Authorization", "Bearer not-a-valid-token")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://storesphere.dev/problems/unauthorized")
			.jsonPath("$.detail")
			.isEqualTo("The bearer token is invalid or has expired; sign in again.");
	}

	@Test
	void aUrlTheFirewallRejectsIsA400ProblemThatDoesNotEchoIt() {
		this.client.get()
			.uri("/api/admin/users;x=1")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://storesphere.dev/problems/malformed-request");
	}

	@Test
	void anOverlongUrlIsA414Problem() {
		this.client.get()
			.uri("/api/products/" + "x".repeat(5000))
			.exchange()
			.expectStatus()
			.isEqualTo(414)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://storesphere.dev/problems/uri-too-long");
	}

	@Test
	void theApiDocumentationIsReadWithoutAToken() {
		for (String path : List.of("/swagger-ui.html", "/webjars/swagger-ui/index.html", "/v3/api-docs/swagger-config",
				"/v3/api-docs/checkout")) {
			this.client.get().uri(path).exchange().expectStatus().isOk();
		}
	}

	/**
	 * A token the decoder accepts, with identity's {@code roles} claim (mapped to
	 * authorities by the gateway's {@code authorities-claim-name}).
	 */
	private String tokenWithRole(String role) {
		String token = "token-of-a-" + role.toLowerCase(java.util.Locale.ROOT);
		Jwt jwt = Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("u-1")
			.claim("roles", List.of(role))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(600))
			.build();
		given(this.jwtDecoder.decode(token)).willReturn(Mono.just(jwt));
		return token;
	}

	/** Stands in for the services the gateway routes to. */
	@RestController
	static class RoutedServices {

		@GetMapping({ "/api/products", "/api/products/{id}", "/api/cart", "/api/admin/users", "/v3/api-docs/{service}",
				"/swagger-ui.html", "/webjars/swagger-ui/index.html" })
		String routed() {
			return "{}";
		}

	}

	/**
	 * The gateway's own web adapters for refused requests (the firewall, URL length),
	 * with what the application class and Boot's security auto-configuration give a full
	 * run.
	 */
	@ComponentScan("io.storesphere.gateway.security.web")
	@EnableWebFluxSecurity
	@EnableConfigurationProperties({ RateLimitProperties.class, SessionProperties.class })
	static class WebAdapters {

	}

}
