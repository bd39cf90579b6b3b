package io.storesphere.testsupport.service;

import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.security.TestTokens;
import io.storesphere.testsupport.security.UseTestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators, load balancers and callers rely on in every service: the health groups
 * an orchestrator probes, the build info, the Prometheus scrape, token checks with RFC
 * 9457 problem responses, and the admin guard. A service's integration test extends this,
 * boots the service on a random port against its real stores (add
 * {@code @UseAwsEmulators} or {@code @UseMySql}) and names the service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@UseTestTokens
public abstract class OperableServiceContract {

	private final String serviceName;

	@LocalServerPort
	private int port;

	/**
	 * @param serviceName the service's {@code spring.application.name} and artifact, e.g.
	 * {@code catalog-service}
	 */
	protected OperableServiceContract(String serviceName) {
		this.serviceName = serviceName;
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** A valid customer's token; identity, which issues its own, overrides this. */
	protected String customerToken() {
		return TestTokens.get().customer();
	}

	/** A valid administrator's token. */
	protected String adminToken() {
		return TestTokens.get().admin();
	}

	@Test
	void livenessAndReadinessGroupsReportUpWithoutAToken() {
		for (String group : new String[] { "liveness", "readiness" }) {
			Response response = HttpProbe.get(baseUrl() + "/actuator/health/" + group);
			assertThat(response.status()).as(group).isEqualTo(200);
			assertThat(response.body()).as(group).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void infoNamesTheBuild() {
		Response response = HttpProbe.get(baseUrl() + "/actuator/info");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("\"artifact\":\"" + this.serviceName + "\"").contains("\"version\":");
	}

	@Test
	void prometheusScrapeCarriesTheApplicationTag() {
		Response response = HttpProbe.get(baseUrl() + "/actuator/prometheus");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/plain");
		assertThat(response.body()).contains("jvm_memory_used_bytes")
			.contains("application=\"" + this.serviceName + "\"");
	}

	@Test
	void anApiCallWithoutATokenIsA401Problem() {
		Response response = HttpProbe.get(baseUrl() + "/api/no-such-thing");
		assertProblem(response, 401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void expiredForgedOrForeignTokensAre401Problems() {
		TestTokens tokens = TestTokens.get();
		for (String token : new String[] { tokens.expired(), tokens.signedByAStranger(), tokens.forgedAdmin(),
				tokens.fromAnotherIssuer(), "not-a-jwt" }) {
			assertProblem(HttpProbe.get(baseUrl() + "/api/admin/no-such-thing", token), 401);
		}
	}

	@Test
	void aCustomerOnAnAdminRouteIsA403Problem() {
		assertProblem(HttpProbe.get(baseUrl() + "/api/admin/no-such-thing", customerToken()), 403);
	}

	@Test
	void anAdminPassesTheAdminGuard() {
		assertProblem(HttpProbe.get(baseUrl() + "/api/admin/no-such-thing", adminToken()), 404);
	}

	@Test
	void tokensStillVerifyWhileIdentityIsBrieflyUnreachable() {
		TestTokens tokens = TestTokens.get();
		String first = customerToken();
		assertProblem(HttpProbe.get(baseUrl() + "/api/no-such-thing", first), 404);
		tokens.jwksAvailable(false);
		try {
			assertProblem(HttpProbe.get(baseUrl() + "/api/no-such-thing", customerToken()), 404);
		}
		finally {
			tokens.jwksAvailable(true);
		}
	}

	@Test
	void aTokenThatCannotBeCheckedWhileIdentityIsUnreachableIsNeverA500() {
		TestTokens tokens = TestTokens.get();
		tokens.jwksAvailable(false);
		try {
			// An unknown key makes the service fetch the JWKS, which does not answer.
			Response response = HttpProbe.get(baseUrl() + "/api/no-such-thing", tokens.signedByAStranger());
			assertThat(response.status()).as(response.body()).isIn(401, 503);
			assertProblem(response, response.status());
			if (response.status() == 503) {
				assertThat(response.header("Retry-After")).isNotBlank();
			}
		}
		finally {
			tokens.jwksAvailable(true);
		}
	}

	@Test
	void anUnknownPathIsA404ProblemForAnAuthenticatedCaller() {
		assertProblem(HttpProbe.get(baseUrl() + "/api/no-such-thing", customerToken()), 404);
	}

	private static void assertProblem(Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + status)
			.contains("\"title\":")
			.doesNotContain("trace")
			.doesNotContain("Exception");
	}

}
