package io.storesphere.testsupport.service;

import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and load balancers rely on in every service: the health groups an
 * orchestrator probes, the build info, the Prometheus scrape, and RFC 9457 problem
 * responses. A service's integration test implements this and says where the service
 * listens and what it is called.
 */
public interface OperableServiceContract {

	/** The base URL of the running service, e.g. {@code http://localhost:53211}. */
	String baseUrl();

	/** The service's {@code spring.application.name}, e.g. {@code catalog-service}. */
	String serviceName();

	@Test
	default void livenessAndReadinessGroupsReportUp() {
		for (String group : new String[] { "liveness", "readiness" }) {
			Response response = HttpProbe.get(baseUrl() + "/actuator/health/" + group);
			assertThat(response.status()).as(group).isEqualTo(200);
			assertThat(response.body()).as(group).contains("\"status\":\"UP\"");
		}
	}

	@Test
	default void infoNamesTheBuild() {
		Response response = HttpProbe.get(baseUrl() + "/actuator/info");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("\"artifact\":\"" + serviceName() + "\"").contains("\"version\":");
	}

	@Test
	default void prometheusScrapeCarriesTheApplicationTag() {
		Response response = HttpProbe.get(baseUrl() + "/actuator/prometheus");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/plain");
		assertThat(response.body()).contains("jvm_memory_used_bytes").contains("application=\"" + serviceName() + "\"");
	}

	@Test
	default void unknownPathIsAProblemDocument() {
		Response response = HttpProbe.get(baseUrl() + "/api/no-such-thing");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":404").contains("\"title\":").doesNotContain("trace");
	}

}
