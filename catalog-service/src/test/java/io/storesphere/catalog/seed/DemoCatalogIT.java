package io.storesphere.catalog.seed;

import java.util.List;

import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.security.UseTestTokens;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The local run's demo catalogue puts its pictures into the images bucket. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "storesphere.catalog.seed-demo-catalog=true")
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
class DemoCatalogIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Value("${storesphere.catalog.images-bucket}")
	private String imagesBucket;

	@Autowired
	private DemoCatalog demoCatalog;

	@Test
	void everyDemoPictureIsAnObjectInTheBucketAndSeedingAgainRestoresAMissingOne() {
		JsonNode products = JSON.readTree(HttpProbe.get(url("/api/products?size=100")).body()).get("items");
		assertThat(products.size()).isEqualTo(14);
		List<String> expectedKeys = products.valueStream()
			.map((product) -> "products/" + product.get("id").asString() + "/" + tag(product))
			.toList();
		assertThat(objects()).containsExactlyInAnyOrderElementsOf(expectedKeys);
		JsonNode lamp = products.valueStream()
			.filter((product) -> product.get("name").asString().equals("Desk Lamp"))
			.findFirst()
			.orElseThrow();
		Response picture = HttpProbe.get(url(lamp.get("imageUrl").asString()));
		assertThat(picture.status()).isEqualTo(200);
		assertThat(picture.contentType()).isEqualTo("image/png");

		// A bucket that lost a picture (e.g. emptied while the tables were kept).
		String lampKey = "products/" + lamp.get("id").asString() + "/" + tag(lamp);
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			clients.s3().deleteObject((request) -> request.bucket(this.imagesBucket).key(lampKey));
		}
		this.demoCatalog.seed();

		assertThat(objects()).containsExactlyInAnyOrderElementsOf(expectedKeys);
		assertThat(JSON.readTree(HttpProbe.get(url("/api/products?size=100")).body()).get("items").size())
			.as("seeding again adds no product")
			.isEqualTo(14);
	}

	private List<String> objects() {
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			return clients.s3()
				.listObjectsV2((request) -> request.bucket(this.imagesBucket))
				.contents()
				.stream()
				.map(S3Object::key)
				.toList();
		}
	}

	private static String tag(JsonNode product) {
		String imageUrl = product.get("imageUrl").asString();
		return imageUrl.substring(imageUrl.indexOf("?v=") + "?v=".length());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
