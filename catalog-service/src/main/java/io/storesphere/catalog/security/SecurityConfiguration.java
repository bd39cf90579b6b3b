package io.storesphere.catalog.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Catalog is an OAuth2 resource server: it checks identity's RS256 tokens against the
 * JWKS itself (it never trusts a header the gateway or a client could set), maps the
 * {@code roles} claim to authorities, and guards {@code /api/admin/**} with ADMIN. Token
 * settings are in {@code spring.security.oauth2.resourceserver.jwt.*}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/error", "/v3/api-docs",
					"/v3/api-docs/**")
			.permitAll()
			// Anyone may browse the catalogue.
			.requestMatchers(HttpMethod.GET, "/api/products/**")
			.permitAll()
			.requestMatchers("/api/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(SecurityProblems::unauthorized)
				.accessDeniedHandler(SecurityProblems::forbidden))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(SecurityProblems::unauthorized)
				.accessDeniedHandler(SecurityProblems::forbidden))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Bearer tokens only, no cookies: there is no session for a forged request to
			// ride on.
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
