package io.storesphere.testsupport.service;

import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What operators and load balancers rely on in every service: the health groups an
 * orchestrator probes, the build info, the Prometheus scrape, and RFC 9457 problem
 * responses. A service's integration test extends this, boots the service on a random
 * port against its real stores (add {@code @UseAwsEmulators} or {@code @UseMySql}) and
 * names the service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
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

	@Test
	void livenessAndReadinessGroupsReportUp() {
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
	void unknownPathIsAProblemDocument() {
		Response response = HttpProbe.get(baseUrl() + "/api/no-such-thing");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":404").contains("\"title\":").doesNotContain("trace");
	}

}
