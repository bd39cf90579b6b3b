package io.storesphere.gateway;

import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in attempts beyond the limit get 429; everything else goes on as before. */
@GatewayIntegrationTest
class SignInRateLimitIT {

	private static final StubbedSuite SUITE = new StubbedSuite();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		SUITE.register(registry);
		registry.add("storesphere.gateway.rate-limit.requests-per-window", () -> "5");
		registry.add("storesphere.gateway.rate-limit.window", () -> "1h");
		registry.add("storesphere.gateway.rate-limit.trust-forwarded-for", () -> "true");
		registry.add("storesphere.gateway.rate-limit.exempt-clients", () -> "198.51.100.200");
	}

	@AfterAll
	static void stopStubs() {
		SUITE.close();
	}

	@Test
	void theSixthAttemptFromOneClientIs429WithRetryAfter() {
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(login("198.51.100.7").status()).as("attempt %d", attempt).isEqualTo(200);
		}

		Response limited = login("198.51.100.7");

		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.contentType()).startsWith("application/problem+json");
		assertThat(limited.body()).contains("too-many-attempts");
		assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
		assertThat(SUITE.get("identity").requests()).hasSize(5);
	}

	@Test
	void otherClientsAndOtherRoutesAreNotAffected() {
		for (int attempt = 0; attempt < 6; attempt++) {
			login("203.0.113.9");
		}
		assertThat(login("203.0.113.10").status()).isEqualTo(200);
		for (int i = 0; i < 20; i++) {
			assertThat(HttpProbe.get("http://localhost:" + this.port + "/api/products").status()).isEqualTo(200);
		}
	}

	@Test
	void anExemptClientIsNeverLimitedWhileOthersStillAre() {
		for (int attempt = 1; attempt <= 8; attempt++) {
			assertThat(login("198.51.100.200").status()).as("attempt %d", attempt).isEqualTo(200);
		}
		for (int attempt = 0; attempt < 5; attempt++) {
			login("198.51.100.201");
		}

		assertThat(login("198.51.100.201").status()).isEqualTo(429);
		// The exemption is the address the load balancer names, not one a client writes.
		assertThat(
				HttpProbe
					.send(HttpProbe.request("http://localhost:" + this.port + "/api/auth/login")
						.header("Content-Type", "application/json")
						.header("X-Forwarded-For", "198.51.100.200, 198.51.100.201")
						.POST(java.net.http.HttpRequest.BodyPublishers
							.ofString("{\"email\":\"a@b.c\",\"password\":\"x\"}"))
						.build())
					.status())
			.isEqualTo(429);
	}

	private Response login(String client) {
		return HttpProbe.send(HttpProbe.request("http://localhost:" + this.port + "/api/auth/login")
			.header("Content-Type", "application/json")
			// What a client wrote first is ignored; the load balancer's entry (last)
			// names the client.
			.header("X-Forwarded-For", "192.0.2.1, " + client)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"email\":\"a@b.c\",\"password\":\"x\"}"))
			.build());
	}

}
