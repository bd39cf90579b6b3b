package io.storesphere.gateway.webui;

import java.net.http.HttpRequest;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.http.StubService;
import io.storesphere.testsupport.security.UseTestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI's files may be kept by the browser and revalidated by their ETag; the API's
 * answers are never stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
class StaticResourceCachingIT {

	private static final StubService CATALOG = StubService.start("catalog");

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("storesphere.gateway.services.catalog", CATALOG::url);
		registry.add("storesphere.gateway.rate-limit.enabled", () -> "false");
	}

	@AfterAll
	static void stopCatalog() {
		CATALOG.close();
	}

	@Test
	void theWebUiFilesAreRevalidatedNotDownloadedAgain() {
		for (String path : new String[] { "/css/app.css", "/js/payment.js", "/index.html" }) {
			Response first = get(path, null);
			assertThat(first.status()).as(path).isEqualTo(200);
			assertThat(first.header("Cache-Control")).as(path).isEqualTo("no-cache");
			assertThat(first.headers()).as(path).doesNotContainKeys("pragma", "expires");
			String etag = first.header("ETag");
			assertThat(etag).as(path).matches("\"[0-9a-f]{32}\"");

			Response again = get(path, etag);
			assertThat(again.status()).as(path + " with its ETag").isEqualTo(304);
			assertThat(again.body()).isEmpty();
			assertThat(again.header("Cache-Control")).as(path).doesNotContain("no-store");
		}
		assertThat(get("/css/app.css", null).header("ETag")).isNotEqualTo(get("/js/payment.js", null).header("ETag"));
	}

	@Test
	void apiAnswersAreNeverStored() {
		Response products = get("/api/products", null);
		assertThat(products.status()).isEqualTo(200);
		assertThat(products.header("Cache-Control")).contains("no-store");

		Response refused = get("/api/cart", null);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("Cache-Control")).contains("no-store");
	}

	private Response get(String path, String ifNoneMatch) {
		HttpRequest.Builder request = HttpProbe.request("http://127.0.0.1:" + this.port + path).GET();
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return HttpProbe.send(request.build());
	}

}
