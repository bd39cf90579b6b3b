package io.storesphere.identity.security.config;

import io.storesphere.starter.security.PublicPaths;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-up, sign-in and the JWKS are public; everything else needs one of identity's own
 * tokens, and {@code /api/admin/**} an ADMIN one (the starter's resource-server chain).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PublicPaths signingIn() {
		return PublicPaths.post("/api/auth/signup", "/api/auth/login");
	}

	@Bean
	PublicPaths keys() {
		return PublicPaths.any("/.well-known/jwks.json");
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
