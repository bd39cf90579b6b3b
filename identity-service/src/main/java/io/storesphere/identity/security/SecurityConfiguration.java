package io.storesphere.identity.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-up, sign-in and the JWKS are public; everything else needs one of identity's own
 * tokens, and {@code /api/admin/**} an ADMIN one.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/error", "/v3/api-docs",
					"/v3/api-docs/**", "/.well-known/jwks.json")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/auth/signup", "/api/auth/login")
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

	/**
	 * bcrypt today, recognisable by its {id} prefix so a later switch (argon2) keeps old
	 * hashes working.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
