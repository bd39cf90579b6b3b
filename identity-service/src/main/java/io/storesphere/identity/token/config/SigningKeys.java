package io.storesphere.identity.token.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.storesphere.identity.LocalSecrets;
import io.storesphere.identity.token.TokenIssuer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.util.StringUtils;

/**
 * The RS256 key that signs access tokens. Configured as a PEM (a secret on AWS), or, for
 * the local run, generated once into a key file. Without either the service refuses to
 * start: a key made up at each start would log everyone out on every restart and differ
 * between tasks.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeys {

	@Bean
	RSAKey signingKey(TokenProperties properties) throws GeneralSecurityException, JOSEException {
		RSAPrivateCrtKey privateKey;
		if (StringUtils.hasText(properties.privateKey())) {
			privateKey = parse(properties.privateKey());
		}
		else if (StringUtils.hasText(properties.keyFile())) {
			privateKey = parse(LocalSecrets.readOrCreate(Path.of(properties.keyFile()), "a token signing key",
					SigningKeys::newPrivateKeyPem));
		}
		else {
			throw new IllegalStateException("No token signing key: set storesphere.identity.jwt.private-key to an RSA"
					+ " private key in PKCS#8 PEM (from AWS Secrets Manager), or storesphere.identity.jwt.key-file to a"
					+ " file the service may create.");
		}
		RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
			.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
		RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE).build();
		// The key id is the key's RFC 7638 thumbprint: stable for a key, new for a
		// rotated one.
		return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
	}

	@Bean
	JwtEncoder jwtEncoder(RSAKey signingKey) {
		return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey)));
	}

	/**
	 * Identity checks its own tokens with its own public key; the other services use the
	 * JWKS.
	 */
	@Bean
	JwtDecoder jwtDecoder(RSAKey signingKey, TokenProperties properties) throws JOSEException {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey())
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
		return decoder;
	}

	@Bean
	TokenIssuer tokenIssuer(JwtEncoder encoder, RSAKey signingKey, TokenProperties properties, Clock clock) {
		return new JwtTokenIssuer(encoder, signingKey, properties, clock);
	}

	private static String newPrivateKeyPem() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return "-----BEGIN PRIVATE KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
					+ "\n-----END PRIVATE KEY-----\n";
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAPrivateCrtKey parse(String pem) throws GeneralSecurityException {
		String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
		if (base64.isEmpty() || pem.contains("RSA PRIVATE KEY")) {
			throw new IllegalStateException("The token signing key must be an RSA private key in PKCS#8 PEM"
					+ " (-----BEGIN PRIVATE KEY-----); convert a PKCS#1 key with 'openssl pkcs8 -topk8 -nocrypt'.");
		}
		return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
			.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
	}

}
