package io.storesphere.catalog.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.image.ImageRejectedException;
import io.storesphere.catalog.product.InvalidCursorException;
import io.storesphere.catalog.product.NoSuchProductException;
import io.storesphere.catalog.product.Product;
import io.storesphere.catalog.product.ProductCatalog;
import io.storesphere.catalog.product.StaleProductException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.mockito.ArgumentMatchers.eq;
import static io.storesphere.testsupport.web.ProblemMatchers.invalidField;
import static io.storesphere.testsupport.web.ProblemMatchers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Catalog's problem table (README, errors): each exception its advice maps, with the
 * status, the type and the properties a client acts on, and the generic errors it
 * inherits from the starter.
 */
@WebMvcTest
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
@EnableConfigurationProperties(CatalogProperties.class)
class ProblemHandlingTest {

	private static final Product LAMP = new Product("p1", "Desk Lamp", "", new BigDecimal("12.50"), 7, 20, false, null,
			3, Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-01T10:00:00Z"));

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ProductCatalog catalog;

	private final Tokens tokens;

	@Autowired
	ProblemHandlingTest(JwtAuthenticationConverter roles) {
		this.tokens = new Tokens(roles);
	}

	@Test
	void anUnknownProductIs404NamingIt() throws Exception {
		given(this.catalog.get("p9")).willThrow(new NoSuchProductException("p9"));
		this.mvc.perform(get("/api/products/p9"))
			.andExpect(problem(404, "product-not-found"))
			.andExpect(jsonPath("$.productId").value("p9"));
	}

	@Test
	void aProductWithoutAnImageIs404ImageNotFound() throws Exception {
		given(this.catalog.imageTag("p1")).willReturn(Optional.empty());
		this.mvc.perform(get("/api/products/p1/image"))
			.andExpect(problem(404, "image-not-found"))
			.andExpect(jsonPath("$.productId").value("p1"));
	}

	@Test
	void anImageGoneFromTheBucketIs404ImageNotFound() throws Exception {
		given(this.catalog.imageTag("p1")).willReturn(Optional.of("t1"));
		given(this.catalog.image("p1", "t1")).willReturn(Optional.empty());
		this.mvc.perform(get("/api/products/p1/image"))
			.andExpect(problem(404, "image-not-found"))
			.andExpect(jsonPath("$.productId").value("p1"));
	}

	@Test
	void aStaleVersionIs409WithTheCurrentVersion() throws Exception {
		given(this.catalog.edit(any(), any(), anyLong())).willThrow(new StaleProductException("p1", 5));
		asAdmin(patch("/api/admin/products/p1"), "{\"price\":9.99,\"version\":4}")
			.andExpect(problem(409, "stale-version"))
			.andExpect(jsonPath("$.currentVersion").value(5));
		given(this.catalog.setStock(any(), anyInt(), anyLong())).willThrow(new StaleProductException("p1", 6));
		asAdmin(put("/api/admin/products/p1/stock"), "{\"stock\":3,\"version\":4}")
			.andExpect(problem(409, "stale-version"))
			.andExpect(jsonPath("$.currentVersion").value(6));
	}

	@Test
	void anImageTooLargeIs413() throws Exception {
		given(this.catalog.replaceImage(any(), any()))
			.willThrow(ImageRejectedException.tooLarge("The image is over 50 megapixels."));
		asAdmin(put("/api/admin/products/p1/image"), "{\"image\":\"data:image/png;base64,iVBORw0KGgo=\"}")
			.andExpect(problem(413, "image-too-large"))
			.andExpect(jsonPath("$.detail").value("The image is over 50 megapixels."));
	}

	@Test
	void anUploadOverTheLimitIs413BeforeItIsDecoded() throws Exception {
		String huge = "data:image/png;base64," + "A".repeat(1_500_000);
		asAdmin(put("/api/admin/products/p1/image"), "{\"image\":\"" + huge + "\"}")
			.andExpect(problem(413, "image-too-large"))
			.andExpect(jsonPath("$.detail").value("The image is larger than 1024 KB; upload a smaller one."));
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void aMultipartRequestOverTheLimitIs413NamingTheLimit() throws Exception {
		given(this.catalog.replaceImage(any(), any())).willThrow(new MaxUploadSizeExceededException(1024 * 1024));
		asAdmin(put("/api/admin/products/p1/image"), "{\"image\":\"data:image/png;base64,iVBORw0KGgo=\"}")
			.andExpect(problem(413, "image-too-large"))
			.andExpect(jsonPath("$.detail").value("The upload is larger than 1024 KB; upload a smaller image."));
	}

	@Test
	void anUnsupportedImageIs415() throws Exception {
		given(this.catalog.create(any(), any()))
			.willThrow(ImageRejectedException.unsupported("This is not a PNG, JPEG, WebP or GIF image."));
		asAdmin(post("/api/admin/products"),
				"{\"name\":\"Lamp\",\"price\":1.00,\"stock\":1,\"image\":\"data:image/png;base64,aGVsbG8=\"}")
			.andExpect(problem(415, "unsupported-image"));
	}

	@Test
	void anImageThatIsNotADataUrlIsAnInvalidField() throws Exception {
		asAdmin(put("/api/admin/products/p1/image"), "{\"image\":\"https://example.com/lamp.png\"}")
			.andExpect(invalidField("image"))
			.andExpect(jsonPath("$.errors[0].message").value("must be a base64 data URL (data:image/png;base64,...)"));
		asAdmin(put("/api/admin/products/p1/image"), "{\"image\":\"data:image/png;base64,QQ=Q\"}")
			.andExpect(invalidField("image"))
			.andExpect(jsonPath("$.errors[0].message").value("is not valid base64"));
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void aCursorNotHandedOutIsAnInvalidField() throws Exception {
		given(this.catalog.list(null, 20, "forged")).willThrow(new InvalidCursorException());
		this.mvc.perform(get("/api/products").param("cursor", "forged")).andExpect(invalidField("cursor"));
	}

	@Test
	void fieldsBreakingTheRulesAreListedEachByName() throws Exception {
		asAdmin(post("/api/admin/products"), "{\"name\":\" \",\"price\":0,\"stock\":-1}")
			.andExpect(invalidField("name"))
			.andExpect(invalidField("price"))
			.andExpect(invalidField("stock"));
		asAdmin(post("/api/admin/products"), "{\"name\":\"Lamp\",\"price\":1.001,\"stock\":1}")
			.andExpect(invalidField("price"));
		asAdmin(patch("/api/admin/products/p1"), "{\"threshold\":3,\"thresholdFromPrice\":true,\"version\":1}")
			.andExpect(invalidField("threshold"));
		asAdmin(post("/api/admin/products/p1/restock"), "{\"quantity\":0}").andExpect(invalidField("quantity"));
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void aBatchOfNoIdsIsAnInvalidField() throws Exception {
		this.mvc
			.perform(post("/api/products/batch").with(this.tokens.customer("u-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"ids\":[]}"))
			.andExpect(invalidField("ids"));
	}

	@Test
	void aPageSizeOutsideItsRangeIsAnInvalidParameter() throws Exception {
		this.mvc.perform(get("/api/products").param("size", "0")).andExpect(invalidField("size"));
		this.mvc.perform(get("/api/products").param("size", "101")).andExpect(invalidField("size"));
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void aWronglyTypedParameterIsAnInvalidRequestSayingWhatItMustBe() throws Exception {
		this.mvc.perform(get("/api/products").param("size", "ten"))
			.andExpect(invalidField("size"))
			.andExpect(jsonPath("$.detail").value("size must be a whole number"));
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void aBodyThatIsNotJsonIsUnreadable() throws Exception {
		asAdmin(post("/api/admin/products/p1/restock"), "{not json").andExpect(problem(400, "unreadable-request"))
			.andExpect(jsonPath("$.detail")
				.value("The body is not the JSON this endpoint takes: check the syntax and that numbers are numbers."));
		asAdmin(post("/api/admin/products/p1/restock"), "{\"quantity\":\"five\"}")
			.andExpect(problem(400, "unreadable-request"));
		then(this.catalog).shouldHaveNoInteractions();
	}

	/** Issue 14: "1" was taken as 1, 1.5 as 1 and full-width "１２" as 12. */
	@Test
	void aRestockQuantityThatIsNotAJsonWholeNumberIsRefusedNamingIt() throws Exception {
		for (String quantity : new String[] { "\"1\"", "1.5", "\"１２\"", "true" }) {
			asAdmin(post("/api/admin/products/p1/restock"), "{\"quantity\":" + quantity + "}")
				.andExpect(problem(400, "unreadable-request"))
				.andExpect(jsonPath("$.errors[0].field").value("quantity"))
				.andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
		}
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void aPriceOrANameOfTheWrongJsonTypeIsRefusedNamingIt() throws Exception {
		asAdmin(post("/api/admin/products"), "{\"name\":\"Kettle\",\"price\":\"12.50\",\"stock\":1}")
			.andExpect(problem(400, "unreadable-request"))
			.andExpect(jsonPath("$.errors[0].field").value("price"));
		asAdmin(post("/api/admin/products"), "{\"name\":42,\"price\":12.50,\"stock\":1}")
			.andExpect(problem(400, "unreadable-request"))
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		then(this.catalog).shouldHaveNoInteractions();
	}

	/** Issue 14: product names with NUL bytes were accepted. */
	@Test
	void aProductNameWithAControlCharacterIsAnInvalidName() throws Exception {
		asAdmin(post("/api/admin/products"), "{\"name\":\"Kettle\\u0000\",\"price\":12.50,\"stock\":1}")
			.andExpect(invalidField("name"))
			.andExpect(jsonPath("$.errors[0].message").value("must not contain control characters"));
		asAdmin(patch("/api/admin/products/p1"), "{\"name\":\"Ket\\u0007tle\",\"version\":4}")
			.andExpect(invalidField("name"));
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void aBodyOfTheWrongMediaTypeIs415() throws Exception {
		this.mvc
			.perform(post("/api/admin/products").with(this.tokens.admin("a-1"))
				.contentType(MediaType.TEXT_PLAIN)
				.content("Desk Lamp"))
			.andExpect(problem(415, "unsupported-media-type"));
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void anythingUnexpectedIs500WithoutItsMessage() throws Exception {
		given(this.catalog.get("p1")).willThrow(new IllegalStateException("secret internals"));
		this.mvc.perform(get("/api/products/p1"))
			.andExpect(problem(500, "internal-error"))
			.andExpect(jsonPath("$.detail").value(not(containsString("secret"))));
	}

	@Test
	void anAdminsValidEditReachesTheCatalog() throws Exception {
		given(this.catalog.edit(any(), any(), anyLong())).willReturn(LAMP);
		asAdmin(patch("/api/admin/products/p1"), "{\"thresholdFromPrice\":true,\"version\":3}")
			.andExpect(jsonPath("$.id").value("p1"));
		then(this.catalog).should().edit(eq("p1"), any(), eq(3L));
	}

	private ResultActions asAdmin(MockHttpServletRequestBuilder request, String body) throws Exception {
		return this.mvc
			.perform(request.with(this.tokens.admin("a-1")).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
