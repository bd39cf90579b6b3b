package io.storesphere.catalog.product.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.product.Product;
import io.storesphere.catalog.product.ProductCatalog;
import io.storesphere.catalog.product.ProductStore.ProductPage;
import io.storesphere.catalog.web.Tokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.Mockito.never;
import static io.storesphere.testsupport.web.ProblemMatchers.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Catalog's security rules without DynamoDB or S3: anyone may browse
 * ({@code GET /api/products/**}), the batch read needs a token, and the admin API is
 * ADMIN only: 401 without a token, 403 with a customer's, and nothing changes either way.
 */
@WebMvcTest
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
@EnableConfigurationProperties(CatalogProperties.class)
class CatalogSecurityTest {

	static final Product LAMP = new Product("p1", "Desk Lamp", "Bright.", new BigDecimal("12.5"), 7, 20, false, "t1", 3,
			Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-02T10:00:00Z"));

	private static final String NEW_LAMP = "{\"name\":\" Desk Lamp \",\"price\":12.50,\"stock\":7}";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ProductCatalog catalog;

	private final Tokens tokens;

	@Autowired
	CatalogSecurityTest(JwtAuthenticationConverter roles) {
		this.tokens = new Tokens(roles);
	}

	@Test
	void anyoneMayBrowseWithoutAToken() throws Exception {
		given(this.catalog.list(null, 20, null)).willReturn(new ProductPage(List.of(LAMP), "next"));
		given(this.catalog.get("p1")).willReturn(LAMP);
		this.mvc.perform(get("/api/products"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value("p1"))
			.andExpect(jsonPath("$.items[0].price").value("12.50"))
			.andExpect(jsonPath("$.nextCursor").value("next"));
		this.mvc.perform(get("/api/products/p1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Desk Lamp"))
			.andExpect(jsonPath("$.stockStatus").value("LOW_STOCK"))
			.andExpect(jsonPath("$.imageUrl").value("/api/products/p1/image?v=t1"))
			.andExpect(jsonPath("$.version").value(3));
	}

	@Test
	void anImageRevalidationIsAnsweredWithoutATokenOrAReadOfTheBytes() throws Exception {
		given(this.catalog.imageTag("p1")).willReturn(Optional.of("t1"));
		this.mvc.perform(get("/api/products/p1/image").header(HttpHeaders.IF_NONE_MATCH, "\"t1\""))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, "\"t1\""))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=86400, public"));
		then(this.catalog).should().imageTag("p1");
		then(this.catalog).shouldHaveNoMoreInteractions();
	}

	@Test
	void browsingIsOpenForGetOnlyTheBatchReadNeedsAToken() throws Exception {
		this.mvc
			.perform(post("/api/products/batch").contentType(MediaType.APPLICATION_JSON).content("{\"ids\":[\"p1\"]}"))
			.andExpect(problem(401, "unauthorized"))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void anyTokenMayUseTheBatchReadWhichListsWhatIsMissing() throws Exception {
		given(this.catalog.getAll(List.of("p1", "gone"))).willReturn(List.of(LAMP));
		this.mvc
			.perform(post("/api/products/batch").with(this.tokens.customer("u-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"ids\":[\"p1\",\"gone\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.products[0].id").value("p1"))
			.andExpect(jsonPath("$.products[0].price").value("12.50"))
			.andExpect(jsonPath("$.products[0].stock").value(7))
			.andExpect(jsonPath("$.missing[0]").value("gone"));
	}

	@Test
	void withoutATokenTheAdminApiIsUnauthorizedAndChangesNothing() throws Exception {
		this.mvc.perform(post("/api/admin/products").contentType(MediaType.APPLICATION_JSON).content(NEW_LAMP))
			.andExpect(problem(401, "unauthorized"));
		this.mvc.perform(delete("/api/admin/products/p1")).andExpect(problem(401, "unauthorized"));
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void aCustomersTokenIsForbiddenEveryAdminRouteAndChangesNothing() throws Exception {
		this.mvc
			.perform(post("/api/admin/products").with(this.tokens.customer("u-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEW_LAMP))
			.andExpect(problem(403, "forbidden"));
		this.mvc
			.perform(patch("/api/admin/products/p1").with(this.tokens.customer("u-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"price\":1.00,\"version\":3}"))
			.andExpect(problem(403, "forbidden"));
		this.mvc
			.perform(post("/api/admin/products/p1/restock").with(this.tokens.customer("u-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\":5}"))
			.andExpect(problem(403, "forbidden"));
		this.mvc
			.perform(put("/api/admin/products/p1/stock").with(this.tokens.customer("u-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stock\":0,\"version\":3}"))
			.andExpect(problem(403, "forbidden"));
		this.mvc.perform(delete("/api/admin/products/p1").with(this.tokens.customer("u-1")))
			.andExpect(problem(403, "forbidden"));
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void anAdminCreatesAProductAndIsToldWhereItIs() throws Exception {
		given(this.catalog.create(any(), eq(null))).willReturn(LAMP);
		this.mvc
			.perform(post("/api/admin/products").with(this.tokens.admin("a-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEW_LAMP))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/products/p1"))
			.andExpect(jsonPath("$.id").value("p1"));
		then(this.catalog).should()
			.create(new ProductCatalog.NewProduct("Desk Lamp", "", new BigDecimal("12.50"), 7, null), null);
	}

	@Test
	void anAdminRestocksAndDeletes() throws Exception {
		given(this.catalog.restock("p1", 5)).willReturn(LAMP);
		this.mvc
			.perform(post("/api/admin/products/p1/restock").with(this.tokens.admin("a-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\":5}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stock").value(7));
		this.mvc.perform(delete("/api/admin/products/p1").with(this.tokens.admin("a-1")))
			.andExpect(status().isNoContent());
		then(this.catalog).should().delete("p1");
		then(this.catalog).should(never()).setStock(any(), anyInt(), anyLong());
	}

}
