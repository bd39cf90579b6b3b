package io.storesphere.identity.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	@Bean
	RSAKey signingKey(TokenProperties properties) throws IOException, GeneralSecurityException, JOSEException {
		RSAPrivateCrtKey privateKey;
		if (StringUtils.hasText(properties.privateKey())) {
			privateKey = parse(properties.privateKey());
		}
		else if (StringUtils.hasText(properties.keyFile())) {
			privateKey = loadOrCreate(Path.of(properties.keyFile()));
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

	private static RSAPrivateCrtKey loadOrCreate(Path file) throws IOException, GeneralSecurityException {
		if (Files.isRegularFile(file)) {
			return parse(Files.readString(file));
		}
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(pair.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, pem);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// best effort on file systems without POSIX permissions
		}
		log.info("Created a token signing key in {}", file);
		return (RSAPrivateCrtKey) pair.getPrivate();
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
