package io.storesphere.starter.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * identity's JWKS answering after a second is waited for: the token is then judged on its
 * own merits, not refused because the key set could not be fetched in Nimbus's 500 ms.
 */
class PatientJwksFetchTest {

	private HttpServer identity;

	@BeforeEach
	void slowIdentity() throws IOException {
		this.identity = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.identity.createContext("/.well-known/jwks.json", (exchange) -> {
			try {
				Thread.sleep(1_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] keys = "{\"keys\":[]}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, keys.length);
			exchange.getResponseBody().write(keys);
			exchange.close();
		});
		this.identity.start();
	}

	@AfterEach
	void stop() {
		this.identity.stop(0);
	}

	@Test
	void aKeySetThatTakesASecondIsFetchedAndTheTokenJudgedOnIt() {
		JwkSetUriJwtDecoderBuilder builder = NimbusJwtDecoder
			.withJwkSetUri("http://127.0.0.1:" + this.identity.getAddress().getPort() + "/.well-known/jwks.json");
		new ResourceServerAutoConfiguration().patientJwksFetch().customize(builder);
		JwtDecoder decoder = builder.build();

		// Fetched in full: no key of the set signed it, so the token is bad (a 401), not
		// uncheckable (a 503), as it was with the 500 ms default.
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(tokenSignedWithKey("k1")));
	}

	private static String tokenSignedWithKey(String kid) {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		String header = base64.encodeToString(("{\"alg\":\"RS256\",\"kid\":\"" + kid + "\"}").getBytes());
		String claims = base64.encodeToString("{\"sub\":\"someone\"}".getBytes());
		return header + "." + claims + "." + base64.encodeToString(new byte[256]);
	}

}
