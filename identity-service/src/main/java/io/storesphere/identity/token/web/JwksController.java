package io.storesphere.identity.token.web;

import java.time.Duration;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public half of the signing key, which the gateway and every service verify tokens
 * with.
 */
@RestController
// Not in the public API's document: the services and the gateway read it inside the
// network, and the gateway does not route it.
@Hidden
class JwksController {

	private final Map<String, Object> jwks;

	JwksController(RSAKey signingKey) {
		this.jwks = new JWKSet(signingKey.toPublicJWK()).toJSONObject();
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(this.jwks);
	}

}
