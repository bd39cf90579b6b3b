package io.storesphere.gateway.security.config;

import java.time.Clock;

import io.storesphere.gateway.session.config.SessionProperties;
import io.storesphere.gateway.web.Problems;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The gateway's token check, before any service is called: public are sign-up, sign-in,
 * session sign-in, product reads, health, the API documentation and the web UI's files;
 * every other API call needs a valid token (a bearer header, or the session cookie of a
 * browser), and {@code /api/admin/**} an ADMIN one. The services check the token again
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * For the web UI: only its own scripts, styles and images, never framed by another
	 * site.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
			+ " frame-ancestors 'none'";

	/** The same, except that Swagger UI's inline styles are allowed. */
	static final String API_DOCUMENTATION_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';",
			"style-src 'self' 'unsafe-inline';");

	/** Enough for every shopper active within a token's lifetime on one task. */
	static final long VERIFIED_TOKENS = 10_000;

	/**
	 * Boot's JWKS decoder checks a token's signature once and then knows it until it
	 * expires ({@link VerifiedTokenCache}).
	 */
	@Bean
	static BeanPostProcessor verifiedTokenCache(ObjectProvider<Clock> clock) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokenCache)) {
					return new VerifiedTokenCache(decoder, clock.getIfAvailable(Clock::systemUTC), VERIFIED_TOKENS);
				}
				return bean;
			}

		};
	}

	/**
	 * The API documentation, open to all: every OpenAPI document and the Swagger UI. Its
	 * own chain because Swagger UI sets inline styles, which the site's policy refuses;
	 * here styles may be inline, scripts still come only from the gateway.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain apiDocumentationFilterChain(ServerHttpSecurity http) {
		return http
			.securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**",
					"/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**"))
			.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(API_DOCUMENTATION_CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.mode(Mode.DENY)))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.build();
	}

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, SessionProperties session) {
		return http
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/fallback/**")
				.permitAll()
				.pathMatchers(HttpMethod.POST, "/api/auth/signup", "/api/auth/login", "/api/signup", "/api/login",
						"/api/session/login", "/api/session/logout")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/api/products", "/api/products/**")
				.permitAll()
				.pathMatchers("/api/admin/**", "/api/get_users")
				.hasRole("ADMIN")
				.pathMatchers("/api/**")
				.authenticated()
				// The web UI's static files.
				.anyExchange()
				.permitAll())
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults())
				.bearerTokenConverter(headerOrSessionCookie(session))
				.authenticationEntryPoint((exchange, ex) -> unauthorized(exchange, ex))
				.accessDeniedHandler((exchange, ex) -> forbidden(exchange)))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(SecurityConfiguration::unauthorized)
				.accessDeniedHandler((exchange, ex) -> forbidden(exchange)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.mode(Mode.DENY)))
			// Cookie sessions are guarded by SameSite=Strict and the Origin check instead
			// of a CSRF token.
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.build();
	}

	/** The {@code Authorization} header if present, else the browser's session cookie. */
	private static ServerBearerTokenAuthenticationConverter headerOrSessionCookie(SessionProperties session) {
		ServerBearerTokenAuthenticationConverter header = new ServerBearerTokenAuthenticationConverter();
		return new ServerBearerTokenAuthenticationConverter() {
			@Override
			public Mono<Authentication> convert(org.springframework.web.server.ServerWebExchange exchange) {
				return header.convert(exchange).switchIfEmpty(Mono.defer(() -> {
					HttpCookie cookie = exchange.getRequest().getCookies().getFirst(session.cookieName());
					return (cookie != null && !cookie.getValue().isBlank())
							? Mono.just(new BearerTokenAuthenticationToken(cookie.getValue())) : Mono.empty();
				}));
			}
		};
	}

	private static Mono<Void> unauthorized(org.springframework.web.server.ServerWebExchange exchange,
			org.springframework.security.core.AuthenticationException ex) {
		exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
		String detail = (ex instanceof InvalidBearerTokenException)
				? "The bearer token is invalid or has expired; sign in again."
				: "This needs you to sign in: send a bearer token, or sign in through the web UI.";
		return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", detail);
	}

	private static Mono<Void> forbidden(org.springframework.web.server.ServerWebExchange exchange) {
		return Problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Your account may not do this.");
	}

}
