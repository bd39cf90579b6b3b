package io.storesphere.gateway;

import java.util.ArrayList;
import java.util.List;

import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API documentation through the gateway, without a token: one Swagger UI listing the
 * gateway's own document and each service's, each service's served from that service.
 */
@GatewayIntegrationTest
class ApiDocumentationIT {

	private static final StubbedSuite SUITE = new StubbedSuite();

	private static final String CATALOG_DOCUMENT = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"StoreSphere catalog-service API\",\"version\":\"v1\"},\"paths\":{}}";

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		SUITE.register(registry);
		registry.add("storesphere.gateway.rate-limit.enabled", () -> "false");
	}

	@AfterAll
	static void stopStubs() {
		SUITE.close();
	}

	@BeforeEach
	void clearStubs() {
		SUITE.clear();
	}

	@Test
	void theSwaggerUiAnswersWithoutATokenAndLeadsToTheUi() {
		Response entry = HttpProbe.get(url("/swagger-ui.html"));
		assertThat(entry.status()).isEqualTo(302);
		String location = entry.header("Location");
		assertThat(location).contains("swagger-ui/index.html");

		Response ui = HttpProbe.get(url(location.replaceFirst("^https?://[^/]+", "")));
		assertThat(ui.status()).isEqualTo(200);
		assertThat(ui.contentType()).startsWith("text/html");
		assertThat(ui.body()).contains("swagger-ui-bundle.js");
		// Swagger UI sets inline styles: allowed here, and only here; scripts stay the
		// gateway's own.
		assertThat(ui.header("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'")
			.contains("script-src 'self';");
		assertThat(HttpProbe.get(url("/index.html")).header("Content-Security-Policy")).contains("style-src 'self';");

		Response initializer = HttpProbe.get(url(location.replaceFirst("^https?://[^/]+", "")
			.replaceFirst("index\\.html.*$", "swagger-initializer.js")));
		assertThat(initializer.status()).isEqualTo(200);
		assertThat(initializer.body()).contains("/v3/api-docs/swagger-config");
	}

	@Test
	void theSwaggerUiListsTheGatewaysDocumentAndEachServices() {
		Response config = HttpProbe.get(url("/v3/api-docs/swagger-config"));

		assertThat(config.status()).as(config.body()).isEqualTo(200);
		JsonNode urls = JsonMapper.shared().readTree(config.body()).get("urls");
		List<String> documents = new ArrayList<>();
		urls.forEach((document) -> {
			assertThat(document.get("name").asString()).isNotBlank();
			documents.add(document.get("url").asString());
		});
		assertThat(documents).containsExactlyInAnyOrder("/v3/api-docs", "/v3/api-docs/identity", "/v3/api-docs/catalog",
				"/v3/api-docs/cart", "/v3/api-docs/checkout", "/v3/api-docs/notification", "/v3/api-docs/analytics");
	}

	@Test
	void aServicesDocumentIsRoutedToThatServicesApiDocs() {
		SUITE.get("catalog").answer("GET", "/v3/api-docs", 200, CATALOG_DOCUMENT);

		Response document = HttpProbe.get(url("/v3/api-docs/catalog"));

		assertThat(document.status()).isEqualTo(200);
		assertThat(document.body()).contains("StoreSphere catalog-service API");
		assertThat(SUITE.get("catalog").requests()).singleElement()
			.satisfies((request) -> assertThat(request.path()).isEqualTo("/v3/api-docs"));
		assertThat(SUITE.get("cart").requests()).isEmpty();
	}

	@Test
	void aServiceThatIsDownGivesA503ForItsDocument() {
		SUITE.cut("cart");
		try {
			Response document = HttpProbe.get(url("/v3/api-docs/cart"));

			assertThat(document.status()).isEqualTo(503);
			assertThat(document.contentType()).startsWith("application/problem+json");
			assertThat(JsonMapper.shared().readTree(document.body()).get("service").asString()).isEqualTo("cart");
		}
		finally {
			SUITE.restore("cart");
		}
	}

	@Test
	void theGatewaysOwnDocumentHasItsSessionEndpointsAndNotItsFallback() {
		Response document = HttpProbe.get(url("/v3/api-docs"));

		assertThat(document.status()).isEqualTo(200);
		JsonNode doc = JsonMapper.shared().readTree(document.body());
		assertThat(doc.at("/servers/0/url").asString()).isEqualTo("/");
		assertThat(doc.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/session/login",
				"/api/session/logout");
		assertThat(doc.at("/paths/~1api~1session~1login/post/responses").propertyNames()).contains("200", "401", "403",
				"415", "429", "503");
		assertThat(doc.at("/paths/~1api~1session~1logout/post/responses").propertyNames()).containsExactly("204",
				"403");
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
