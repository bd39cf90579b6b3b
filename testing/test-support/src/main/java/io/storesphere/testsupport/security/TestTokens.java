package io.storesphere.testsupport.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Mints access tokens shaped like identity-service's (RS256, a key id, sub, name, email,
 * roles, iat, exp, iss) and serves their public key as a JWKS on loopback, so a service
 * under test validates tokens exactly as in production. One instance per test JVM.
 */
public final class TestTokens {

	/**
	 * The issuer the services are configured to accept in tests (see
	 * {@link UseTestTokens}).
	 */
	public static final String ISSUER = "storesphere-identity";

	private static TestTokens instance;

	private final RSAKey key;

	private final RSAKey strangersKey;

	private final HttpServer jwksServer;

	private final AtomicBoolean jwksAvailable = new AtomicBoolean(true);

	private TestTokens() throws IOException, JOSEException {
		this.key = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
		// Same key id, different key: a token signed with it must be refused.
		this.strangersKey = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
		byte[] jwks = new JWKSet(this.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		this.jwksServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.jwksServer.createContext("/.well-known/jwks.json", (exchange) -> {
			if (!this.jwksAvailable.get()) {
				exchange.sendResponseHeaders(503, -1);
				exchange.close();
				return;
			}
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, jwks.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(jwks);
			}
		});
		this.jwksServer.start();
	}

	public static synchronized TestTokens get() {
		if (instance == null) {
			try {
				instance = new TestTokens();
			}
			catch (IOException | JOSEException ex) {
				throw new IllegalStateException("Cannot start the test JWKS server", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.jwksServer.stop(0), "test-jwks-stop"));
		}
		return instance;
	}

	public String jwksUri() {
		return "http://127.0.0.1:" + this.jwksServer.getAddress().getPort() + "/.well-known/jwks.json";
	}

	/** Simulates an identity outage: the JWKS endpoint answers 503 while false. */
	public void jwksAvailable(boolean available) {
		this.jwksAvailable.set(available);
	}

	/** A token for a new customer. */
	public String customer() {
		return customer(UUID.randomUUID().toString());
	}

	public String customer(String userId) {
		return mint(userId, List.of("CUSTOMER"), Duration.ofMinutes(30));
	}

	/** A token for an administrator. */
	public String admin() {
		return mint(UUID.randomUUID().toString(), List.of("ADMIN"), Duration.ofMinutes(30));
	}

	public String mint(String userId, List<String> roles, Duration lifetime) {
		return sign(this.key, claims(userId, roles, Instant.now(), lifetime, ISSUER));
	}

	/** Expired an hour ago. */
	public String expired() {
		return sign(this.key, claims(UUID.randomUUID().toString(), List.of("CUSTOMER"),
				Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1), ISSUER));
	}

	/** Well-formed, with the right key id, but signed by another key. */
	public String signedByAStranger() {
		return sign(this.strangersKey,
				claims(UUID.randomUUID().toString(), List.of("ADMIN"), Instant.now(), Duration.ofMinutes(30), ISSUER));
	}

	/**
	 * A customer's token whose payload was edited to claim ADMIN; the signature no longer
	 * matches.
	 */
	public String forgedAdmin() {
		String[] parts = customer().split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"CUSTOMER\"", "\"ADMIN\"");
		return parts[0] + "."
				+ java.util.Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];
	}

	/** Signed by the right key but issued by someone else. */
	public String fromAnotherIssuer() {
		return sign(this.key, claims(UUID.randomUUID().toString(), List.of("ADMIN"), Instant.now(),
				Duration.ofMinutes(30), "https://issuer.example"));
	}

	private static JWTClaimsSet claims(String userId, List<String> roles, Instant issuedAt, Duration lifetime,
			String issuer) {
		return new JWTClaimsSet.Builder().subject(userId)
			.issuer(issuer)
			.claim("name", "Test User")
			.claim("email", userId + "@example.com")
			.claim("roles", roles)
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(issuedAt.plus(lifetime)))
			.jwtID(UUID.randomUUID().toString())
			.build();
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
