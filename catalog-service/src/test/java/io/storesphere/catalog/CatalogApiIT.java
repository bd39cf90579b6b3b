package io.storesphere.catalog;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.security.TestTokens;
import io.storesphere.testsupport.security.UseTestTokens;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's HTTP API as the shop and the admin pages use it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
class CatalogApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Value("${storesphere.catalog.images-bucket}")
	private String imagesBucket;

	private final TestTokens tokens = TestTokens.get();

	@Test
	void anAdminAddsAProductWithAnImageAndShoppersSeeIt() throws IOException {
		byte[] png = encode(picture(120, 90), "png");
		Response created = admin("POST", "/api/admin/products",
				json(Map.of("name", "  Desk Lamp  ", "description", "Warm light", "price", new BigDecimal("39.90"),
						"stock", 16, "image", "data:image/png;base64," + Base64.getEncoder().encodeToString(png))));

		assertThat(created.status()).isEqualTo(201);
		JsonNode product = read(created);
		String id = product.get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/products/" + id);
		assertThat(product.get("name").asString()).isEqualTo("Desk Lamp");
		assertThat(product.get("price").asString()).isEqualTo("39.90");
		assertThat(product.get("threshold").asInt()).as("computed from the price band up to 100.00").isEqualTo(15);
		assertThat(product.get("thresholdSetByAdmin").asBoolean()).isFalse();
		assertThat(product.get("stockStatus").asString()).isEqualTo("IN_STOCK");
		assertThat(product.get("version").asLong()).isEqualTo(1);

		JsonNode shown = read(HttpProbe.get(url("/api/products/" + id)));
		assertThat(shown.get("name").asString()).isEqualTo("Desk Lamp");
		String imageUrl = shown.get("imageUrl").asString();
		assertThat(imageUrl).startsWith("/api/products/" + id + "/image?v=");
		assertThat(objectsInBucket(id)).as("the image's object in S3").containsExactly(key(id, imageUrl));

		Response image = HttpProbe.send(HttpProbe.request(url(imageUrl)).GET().build());
		assertThat(image.status()).isEqualTo(200);
		assertThat(image.contentType()).isEqualTo("image/png");
		assertThat(image.header("Cache-Control")).contains("max-age=86400").contains("public");
		String etag = image.header("ETag");
		assertThat(etag).isEqualTo("\"" + tag(imageUrl) + "\"");
		Response notModified = HttpProbe
			.send(HttpProbe.request(url(imageUrl)).header("If-None-Match", etag).GET().build());
		assertThat(notModified.status()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.header("ETag")).isEqualTo(etag);
	}

	@Test
	void aLargeUploadFromAFormIsScaledDownAndReplacingItChangesTheTag() throws IOException {
		Response created = send(new Multipart()
			.fields(Map.of("name", "Wall Poster", "price", "1299.00", "stock", "3", "threshold", "2"))
			.file("image", "poster.jpg", "image/jpeg", encode(picture(2400, 1200), "jpeg"))
			.into(HttpProbe.request(url("/api/admin/products")), "POST"), this.tokens.admin());

		assertThat(created.status()).isEqualTo(201);
		JsonNode product = read(created);
		assertThat(product.get("threshold").asInt()).isEqualTo(2);
		assertThat(product.get("thresholdSetByAdmin").asBoolean()).isTrue();
		assertThat(product.get("stockStatus").asString()).isEqualTo("IN_STOCK");
		BufferedImage stored = image(product.get("imageUrl").asString());
		assertThat(stored.getWidth()).isEqualTo(800);
		assertThat(stored.getHeight()).isEqualTo(400);

		String id = product.get("id").asString();
		Response replaced = send(new Multipart().file("image", "small.png", "image/png", encode(picture(50, 50), "png"))
			.into(HttpProbe.request(url("/api/admin/products/" + id + "/image")), "PUT"), this.tokens.admin());
		assertThat(replaced.status()).isEqualTo(200);
		String replacedUrl = read(replaced).get("imageUrl").asString();
		assertThat(replacedUrl).isNotEqualTo(product.get("imageUrl").asString());
		assertThat(image(replacedUrl).getWidth()).isEqualTo(50);
		assertThat(objectsInBucket(id)).as("the new object only: the replaced one is deleted")
			.containsExactly(key(id, replacedUrl));
	}

	@Test
	void uploadsThatAreNotImagesOrTooLargeAreRefusedAndCreateNothing() {
		String name = "Refused " + UUID.randomUUID();
		Response svg = send(new Multipart().fields(Map.of("name", name, "price", "5.00", "stock", "1"))
			.file("image", "logo.png", "image/png", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes())
			.into(HttpProbe.request(url("/api/admin/products")), "POST"), this.tokens.admin());
		assertThat(svg.status()).isEqualTo(415);
		assertThat(svg.contentType()).isEqualTo("application/problem+json");
		assertThat(read(svg).get("detail").asString()).contains("not a PNG, JPEG, WebP or GIF");

		byte[] huge = new byte[1024 * 1024 + 10];
		huge[0] = (byte) 0xff;
		huge[1] = (byte) 0xd8;
		huge[2] = (byte) 0xff;
		Response tooLargeForm = send(new Multipart().fields(Map.of("name", name, "price", "5.00", "stock", "1"))
			.file("image", "huge.jpg", "image/jpeg", huge)
			.into(HttpProbe.request(url("/api/admin/products")), "POST"), this.tokens.admin());
		assertThat(tooLargeForm.status()).isEqualTo(413);
		assertThat(tooLargeForm.contentType()).isEqualTo("application/problem+json");

		Response tooLargeJson = admin("POST", "/api/admin/products",
				json(Map.of("name", name, "price", new BigDecimal("5.00"), "stock", 1, "image",
						"data:image/jpeg;base64," + Base64.getEncoder().encodeToString(huge))));
		assertThat(tooLargeJson.status()).isEqualTo(413);
		assertThat(read(tooLargeJson).get("type").asString()).endsWith("/image-too-large");

		assertThat(names(name, 10)).isEmpty();
	}

	@Test
	void invalidProductsGetFieldErrorsAndCreateNothing() {
		String name = "Invalid " + UUID.randomUUID();
		Response invalid = admin("POST", "/api/admin/products", json(
				Map.of("name", " ", "description", "x".repeat(2001), "price", new BigDecimal("1.234"), "stock", -1)));

		assertThat(invalid.status()).isEqualTo(400);
		JsonNode problem = read(invalid);
		assertThat(problem.get("type").asString()).isEqualTo("https://storesphere.dev/problems/invalid-request");
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("name", "description", "price", "stock");

		Response zeroPrice = admin("POST", "/api/admin/products", json(Map.of("name", name, "price", 0, "stock", 1)));
		assertThat(zeroPrice.status()).isEqualTo(400);
		assertThat(read(zeroPrice).get("detail").asString()).startsWith("price ");
		Response notJson = admin("POST", "/api/admin/products", "{\"name\": ");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.contentType()).isEqualTo("application/problem+json");
		assertThat(names(name, 10)).isEmpty();
	}

	@Test
	void editingPriceRecomputesTheThresholdAndAStaleVersionIsRefused() {
		JsonNode mug = create("Mug", "12.50", 30);
		String id = mug.get("id").asString();
		assertThat(mug.get("threshold").asInt()).isEqualTo(20);

		Response edited = admin("PATCH", "/api/admin/products/" + id,
				json(Map.of("price", new BigDecimal("120.00"), "description", "Bigger", "version", 1)));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(read(edited).get("threshold").asInt()).isEqualTo(10);
		assertThat(read(edited).get("price").asString()).isEqualTo("120.00");
		assertThat(read(edited).get("version").asLong()).isEqualTo(2);

		Response stale = admin("PATCH", "/api/admin/products/" + id, json(Map.of("name", "Other", "version", 1)));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(read(stale).get("type").asString()).endsWith("/stale-version");
		assertThat(read(stale).get("currentVersion").asLong()).isEqualTo(2);
		assertThat(read(HttpProbe.get(url("/api/products/" + id))).get("name").asString()).startsWith("Mug");

		Response manual = admin("PATCH", "/api/admin/products/" + id, json(Map.of("threshold", 40, "version", 2)));
		assertThat(read(manual).get("threshold").asInt()).isEqualTo(40);
		assertThat(read(manual).get("stockStatus").asString()).isEqualTo("LOW_STOCK");

		Response staleStock = admin("PUT", "/api/admin/products/" + id + "/stock",
				json(Map.of("stock", 7, "version", 2)));
		assertThat(staleStock.status()).isEqualTo(409);
		Response stock = admin("PUT", "/api/admin/products/" + id + "/stock", json(Map.of("stock", 0, "version", 3)));
		assertThat(read(stock).get("stock").asInt()).isZero();
		assertThat(read(stock).get("stockStatus").asString()).isEqualTo("OUT_OF_STOCK");
	}

	@Test
	void restocksAtTheSameTimeAllCount() throws Exception {
		String id = create("Candle", "14.00", 2).get("id").asString();

		ExecutorService admins = Executors.newFixedThreadPool(8);
		try {
			List<Future<Response>> restocks = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				restocks.add(admins.submit(
						() -> admin("POST", "/api/admin/products/" + id + "/restock", json(Map.of("quantity", 5)))));
			}
			for (Future<Response> restock : restocks) {
				assertThat(restock.get().status()).isEqualTo(200);
			}
		}
		finally {
			admins.shutdown();
		}

		assertThat(read(HttpProbe.get(url("/api/products/" + id))).get("stock").asInt()).isEqualTo(82);
		assertThat(admin("POST", "/api/admin/products/" + id + "/restock", json(Map.of("quantity", 0))).status())
			.isEqualTo(400);
		assertThat(admin("POST", "/api/admin/products/missing/restock", json(Map.of("quantity", 1))).status())
			.isEqualTo(404);
	}

	@Test
	void aDeletedProductAndItsImageAreGone() throws IOException {
		Response created = admin("POST", "/api/admin/products", json(Map.of("name", "Gone Soon", "price",
				new BigDecimal("5.00"), "stock", 1, "image",
				"data:image/png;base64," + Base64.getEncoder().encodeToString(encode(picture(10, 10), "png")))));
		String id = read(created).get("id").asString();
		assertThat(objectsInBucket(id)).containsExactly(key(id, read(created).get("imageUrl").asString()));

		assertThat(admin("DELETE", "/api/admin/products/" + id, null).status()).isEqualTo(204);
		assertThat(objectsInBucket(id)).as("the image's object in S3").isEmpty();

		Response product = HttpProbe.get(url("/api/products/" + id));
		assertThat(product.status()).isEqualTo(404);
		assertThat(read(product).get("type").asString()).endsWith("/product-not-found");
		Response image = HttpProbe.get(url("/api/products/" + id + "/image"));
		assertThat(image.status()).isEqualTo(404);
		assertThat(read(image).get("type").asString()).endsWith("/image-not-found");
		assertThat(admin("DELETE", "/api/admin/products/" + id, null).status()).isEqualTo(404);
	}

	@Test
	void pagingAndSearchReturnEveryProductExactlyOnceInNameOrder() {
		String tag = "Zq" + UUID.randomUUID().toString().substring(0, 6);
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			expected.add(create(tag + " Item " + String.format("%02d", 22 - i), "3.00", 1).get("name").asString());
		}
		expected.sort(String.CASE_INSENSITIVE_ORDER);

		assertThat(names(tag.toLowerCase(), 5)).containsExactlyElementsOf(expected);
		assertThat(names(tag.toUpperCase() + " ITEM 1", 4)).hasSize(10);

		List<String> everything = names(null, 7);
		assertThat(everything).containsAll(expected);
		assertThat(new HashSet<>(everything)).hasSameSizeAs(everything);
		assertThat(everything).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	@Test
	void badPagingParametersAreRefused() {
		assertThat(HttpProbe.get(url("/api/products?size=0")).status()).isEqualTo(400);
		assertThat(HttpProbe.get(url("/api/products?size=101")).status()).isEqualTo(400);
		Response cursor = HttpProbe.get(url("/api/products?cursor=not-a-cursor"));
		assertThat(cursor.status()).isEqualTo(400);
		assertThat(read(cursor).get("errors").get(0).get("field").asString()).isEqualTo("cursor");
	}

	@Test
	void theBatchReadGivesCurrentPricesAndStockAndListsWhatIsMissing() {
		String mug = create("Batch Mug", "12.50", 4).get("id").asString();
		String lamp = create("Batch Lamp", "39.90", 0).get("id").asString();

		Response batch = HttpProbe.postJson(url("/api/products/batch"),
				json(Map.of("ids", List.of(mug, lamp, "nope", mug))), this.tokens.customer());

		assertThat(batch.status()).isEqualTo(200);
		JsonNode body = read(batch);
		Map<String, JsonNode> products = new java.util.HashMap<>();
		body.get("products").forEach((product) -> products.put(product.get("id").asString(), product));
		assertThat(products).containsOnlyKeys(mug, lamp);
		assertThat(products.get(mug).get("price").asString()).isEqualTo("12.50");
		assertThat(products.get(mug).get("stock").asInt()).isEqualTo(4);
		assertThat(products.get(mug).get("stockStatus").asString()).isEqualTo("LOW_STOCK");
		assertThat(products.get(lamp).get("stockStatus").asString()).isEqualTo("OUT_OF_STOCK");
		assertThat(body.get("missing").get(0).asString()).isEqualTo("nope");
		assertThat(body.get("missing")).hasSize(1);

		List<String> tooMany = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			tooMany.add("id-" + i);
		}
		assertThat(HttpProbe.postJson(url("/api/products/batch"), json(Map.of("ids", tooMany)), this.tokens.customer())
			.status()).isEqualTo(400);
		assertThat(HttpProbe.postJson(url("/api/products/batch"), json(Map.of("ids", List.of(mug)))).status())
			.isEqualTo(401);
	}

	@Test
	void everyAdminRouteRefusesACustomerAndChangesNothing() {
		JsonNode product = create("Guarded", "20.00", 5);
		String id = product.get("id").asString();
		String customer = this.tokens.customer();
		List<Response> attempts = List.of(
				call("POST", "/api/admin/products",
						json(Map.of("name", "Sneaky", "price", new BigDecimal("1.00"), "stock", 1)), customer),
				call("PATCH", "/api/admin/products/" + id, json(Map.of("price", new BigDecimal("0.01"), "version", 1)),
						customer),
				call("POST", "/api/admin/products/" + id + "/restock", json(Map.of("quantity", 5)), customer),
				call("PUT", "/api/admin/products/" + id + "/stock", json(Map.of("stock", 0, "version", 1)), customer),
				call("PUT", "/api/admin/products/" + id + "/image", json(Map.of("image", "data:image/png;base64,AA==")),
						customer),
				call("DELETE", "/api/admin/products/" + id, null, customer));

		assertThat(attempts).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
		});
		JsonNode after = read(HttpProbe.get(url("/api/products/" + id)));
		assertThat(after.get("price").asString()).isEqualTo("20.00");
		assertThat(after.get("stock").asInt()).isEqualTo(5);
		assertThat(after.get("version").asLong()).isEqualTo(1);
		assertThat(call("DELETE", "/api/admin/products/" + id, null, null).status()).isEqualTo(401);
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		Response docs = HttpProbe.get(url("/v3/api-docs"));

		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = read(docs).get("paths");
		assertThat(paths.has("/api/products")).isTrue();
		assertThat(paths.has("/api/products/batch")).isTrue();
		assertThat(paths.has("/api/admin/products/{id}/restock")).isTrue();
	}

	/**
	 * What the document says is what the service answers: the gateway as the only server,
	 * the real success statuses, JSON bodies, and problems for errors.
	 */
	@Test
	void theOpenApiDocumentTellsTheStatusesAndMediaTypesTheServiceAnswers() {
		JsonNode doc = read(HttpProbe.get(url("/v3/api-docs")));
		try {
		}
		catch (Exception e) {
		}

		assertThat(doc.get("servers").size()).isEqualTo(1);
		assertThat(doc.at("/servers/0/url").asString()).isEqualTo("/");
		JsonNode create = doc.at("/paths/~1api~1admin~1products/post/responses");
		assertThat(create.has("201")).as(create.toString()).isTrue();
		assertThat(create.has("200")).as(create.toString()).isFalse();
		assertThat(create.at("/201/content").propertyNames()).containsExactly("application/json");
		assertThat(create.has("413")).isTrue();
		JsonNode delete = doc.at("/paths/~1api~1admin~1products~1{id}/delete/responses");
		assertThat(delete.propertyNames()).contains("204", "401", "403", "404", "503").doesNotContain("200", "415");
		assertThat(delete.at("/204/content").isMissingNode()).isTrue();
		JsonNode edit = doc.at("/paths/~1api~1admin~1products~1{id}/patch/responses");
		assertThat(edit.at("/200/content").propertyNames()).containsExactly("application/json");
		assertThat(edit.propertyNames()).contains("400", "409", "415");
		assertThat(edit.at("/400/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(doc.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title", "status",
				"detail", "instance", "errors");
		JsonNode list = doc.at("/paths/~1api~1products/get");
		assertThat(list.get("responses").propertyNames()).doesNotContain("401", "403");
		assertThat(list.has("security")).isFalse();
		assertThat(doc.at("/paths/~1api~1products~1{id}~1image/get/responses/200/content").propertyNames())
			.contains("image/png", "image/jpeg");
	}

	private JsonNode create(String name, String price, int stock) {
		Response created = admin("POST", "/api/admin/products",
				json(Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 4), "price",
						new BigDecimal(price), "stock", stock)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return read(created);
	}

	/** Every name the listing returns, following cursors page by page. */
	private List<String> names(String search, int size) {
		List<String> names = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		String cursor = null;
		do {
			String query = "/api/products?size=" + size + ((search != null) ? "&q=" + search.replace(" ", "%20") : "")
					+ ((cursor != null) ? "&cursor=" + cursor : "");
			Response page = HttpProbe.get(url(query));
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			JsonNode body = read(page);
			assertThat(body.get("items").size()).isLessThanOrEqualTo(size);
			body.get("items").forEach((item) -> names.add(item.get("name").asString()));
			cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asString();
			assertThat(cursor == null || cursors.add(cursor)).isTrue();
		}
		while (cursor != null);
		return names;
	}

	private BufferedImage image(String path) throws IOException {
		HttpRequest request = HttpProbe.request(url(path)).GET().build();
		byte[] bytes = java.net.http.HttpClient.newHttpClient()
			.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray())
			.join()
			.body();
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

	/** The product's objects, as S3 itself lists them. */
	private List<String> objectsInBucket(String productId) {
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			return clients.s3()
				.listObjectsV2((request) -> request.bucket(this.imagesBucket).prefix("products/" + productId + "/"))
				.contents()
				.stream()
				.map(S3Object::key)
				.toList();
		}
	}

	private static String key(String productId, String imageUrl) {
		return "products/" + productId + "/" + tag(imageUrl);
	}

	private static String tag(String imageUrl) {
		return imageUrl.substring(imageUrl.indexOf("?v=") + "?v=".length());
	}

	private Response admin(String method, String path, String json) {
		return call(method, path, json, this.tokens.admin());
	}

	private Response call(String method, String path, String json, String token) {
		HttpRequest.Builder request = HttpProbe.request(url(path))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request, token);
	}

	private static Response send(HttpRequest.Builder request, String token) {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpProbe.send(request.build());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	private static JsonNode read(Response response) {
		return JSON.readTree(response.body());
	}

	private static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.PINK);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.BLUE);
		graphics.drawLine(0, 0, width, height);
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

}
