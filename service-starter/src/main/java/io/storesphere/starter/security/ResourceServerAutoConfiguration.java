package io.storesphere.starter.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;

/**
 * Every servlet service is an OAuth2 resource server: it checks identity's RS256 tokens
 * against the JWKS itself (it never trusts a header the gateway or a client could set),
 * maps the {@code roles} claim to authorities (token settings in
 * {@code spring.security.oauth2.resourceserver.jwt.*}), guards {@code /api/admin/**} with
 * ADMIN, and answers 401 and 403 as problems. A service lists what it serves without a
 * token as {@link PublicPaths} beans; one that needs another chain declares its own
 * {@link SecurityFilterChain} and this one steps aside.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.SERVLET)
public class ResourceServerAutoConfiguration {

	/** Enough for every shopper active within a token's lifetime on one task. */
	static final long VERIFIED_TOKENS = 10_000;

	/** How long a JWKS fetch may take to connect, and then to answer. */
	static final Duration JWKS_CONNECT_TIMEOUT = Duration.ofSeconds(1);

	static final Duration JWKS_READ_TIMEOUT = Duration.ofSeconds(3);

	/**
	 * What any service serves without a token: probes, metrics, errors, its API
	 * description.
	 */
	static final PublicPaths OPERATIONS = PublicPaths.any("/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/error", "/v3/api-docs", "/v3/api-docs/**");

	/**
	 * identity's JWKS is fetched on the first token and again only for a key the service
	 * has not seen, so its timeouts cost nothing in normal operation. Nimbus's default
	 * 500 ms read timeout failed that first fetch whenever identity answered slowly
	 * (under load on shared cores), and each shopper it happened to got a 503; three
	 * seconds to answer rides that out.
	 */
	@Bean
	JwkSetUriJwtDecoderBuilderCustomizer patientJwksFetch() {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(JWKS_CONNECT_TIMEOUT);
		requests.setReadTimeout(JWKS_READ_TIMEOUT);
		RestTemplate jwks = new RestTemplate(requests);
		return (builder) -> builder.restOperations(jwks);
	}

	/**
	 * Every {@link JwtDecoder} the service has (Boot's, or its own) checks a token's
	 * signature once and then knows it until it expires ({@link VerifiedTokenCache}).
	 */
	@Bean
	static BeanPostProcessor verifiedTokenCache(ObjectProvider<Clock> clock) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokenCache)) {
					return new VerifiedTokenCache(decoder, clock.getIfAvailable(Clock::systemUTC), VERIFIED_TOKENS);
				}
				return bean;
			}

		};
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain resourceServerFilterChain(HttpSecurity http, ObjectProvider<PublicPaths> publicPaths)
			throws Exception {
		List<PublicPaths> open = publicPaths.orderedStream().toList();
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers(OPERATIONS.patterns().toArray(String[]::new)).permitAll();
			for (PublicPaths paths : open) {
				String[] patterns = paths.patterns().toArray(String[]::new);
				if (paths.method() == null) {
					requests.requestMatchers(patterns).permitAll();
				}
				else {
					requests.requestMatchers(paths.method(), patterns).permitAll();
				}
			}
			requests.requestMatchers("/api/admin/**").hasRole("ADMIN").anyRequest().authenticated();
		})
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(SecurityProblems::unauthorized)
				.accessDeniedHandler(SecurityProblems::forbidden))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(SecurityProblems::unauthorized)
				.accessDeniedHandler(SecurityProblems::forbidden))
			.addFilterBefore(new TokenCheckOutage(), BearerTokenAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Bearer tokens only, no cookies: there is no session for a forged request to
			// ride on.
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
