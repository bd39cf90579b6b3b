package io.storesphere.cart.shopping.web;

import io.storesphere.cart.shopping.CartService;
import io.storesphere.cart.shopping.CartStoreUnavailable;
import io.storesphere.cart.shopping.CatalogUnavailable;
import io.storesphere.cart.shopping.Refusals;
import io.storesphere.testsupport.web.SliceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.storesphere.testsupport.web.ProblemMatchers.invalidField;
import static io.storesphere.testsupport.web.ProblemMatchers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Cart's problem table (README, "Problems"): each refusal of the core and each generic
 * error, with the status, the type and the properties a client acts on.
 */
@WebMvcTest(CartController.class)
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
class ProblemHandlingTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CartService carts;

	@Test
	void anUnknownProductIs422WithTheProduct() throws Exception {
		addFails(Refusals.unknownProduct("p9")).andExpect(problem(422, "unknown-product"))
			.andExpect(jsonPath("$.productId").value("p9"))
			.andExpect(jsonPath("$.requested").doesNotExist())
			.andExpect(
					jsonPath("$.detail").value("There is no product 'p9' in the catalog; it may have been removed."));
	}

	@Test
	void tooManyOfOneProductIs422WithTheLimit() throws Exception {
		addFails(Refusals.quantityLimit("p1", 100, 99)).andExpect(problem(422, "quantity-limit"))
			.andExpect(jsonPath("$.productId").value("p1"))
			.andExpect(jsonPath("$.requested").value(100))
			.andExpect(jsonPath("$.limit").value(99));
	}

	@Test
	void notEnoughStockIs409WithWhatIsAvailable() throws Exception {
		addFails(Refusals.insufficientStock("p1", 7, 8)).andExpect(problem(409, "insufficient-stock"))
			.andExpect(jsonPath("$.productId").value("p1"))
			.andExpect(jsonPath("$.requested").value(8))
			.andExpect(jsonPath("$.available").value(7))
			.andExpect(jsonPath("$.limit").doesNotExist())
			.andExpect(jsonPath("$.detail")
				.value("Only 7 of 'Desk Lamp' are in stock; this change would put 8 in your cart."));
	}

	@Test
	void aFullCartIs409WithTheLimit() throws Exception {
		addFails(Refusals.cartFull("p51", 50)).andExpect(problem(409, "cart-full"))
			.andExpect(jsonPath("$.productId").value("p51"))
			.andExpect(jsonPath("$.requested").value(51))
			.andExpect(jsonPath("$.limit").value(50));
	}

	@Test
	void aCartThatKeptChangingIs409ConcurrentUpdate() throws Exception {
		addFails(Refusals.busy("u-1", 40)).andExpect(problem(409, "concurrent-update"))
			.andExpect(jsonPath("$.detail").value(not(containsString("u-1"))));
	}

	@Test
	void catalogDownIs503NamingCatalogWithRetryAfter() throws Exception {
		addFailsAsUnavailable(new CatalogUnavailable("breaker open", null), "catalog", "breaker");
	}

	@Test
	void theStoreDownIs503NamingCartWithRetryAfter() throws Exception {
		addFailsAsUnavailable(new CartStoreUnavailable("DynamoDB timed out", null), "cart", "DynamoDB");
	}

	@Test
	void anythingUnexpectedIs500WithoutItsMessage() throws Exception {
		addFails(new IllegalStateException("secret internals")).andExpect(problem(500, "internal-error"))
			.andExpect(jsonPath("$.detail").value(not(containsString("secret"))));
	}

	@Test
	void aMissingOrBlankProductIdIsAnInvalidField() throws Exception {
		add("{\"quantity\":1}").andExpect(invalidField("productId"));
		add("{\"productId\":\"  \"}").andExpect(invalidField("productId"));
		then(this.carts).shouldHaveNoInteractions();
	}

	@Test
	void addingLessThanOneIsAnInvalidQuantity() throws Exception {
		add("{\"productId\":\"p1\",\"quantity\":0}").andExpect(invalidField("quantity"));
		then(this.carts).shouldHaveNoInteractions();
	}

	@Test
	void settingBelowZeroOrNothingIsAnInvalidQuantity() throws Exception {
		set("{\"quantity\":-1}").andExpect(invalidField("quantity"));
		set("{}").andExpect(invalidField("quantity"));
		then(this.carts).shouldHaveNoInteractions();
	}

	@Test
	void aBodyThatIsNotJsonIsUnreadableWithCartsWording() throws Exception {
		add("{not json").andExpect(problem(400, "unreadable-request"))
			.andExpect(jsonPath("$.detail").value(containsString("{\"productId\":\"p1\",\"quantity\":1}")));
		then(this.carts).shouldHaveNoInteractions();
	}

	@Test
	void aQuantityThatIsNotAWholeNumberIsUnreadable() throws Exception {
		add("{\"productId\":\"p1\",\"quantity\":\"two\"}").andExpect(problem(400, "unreadable-request"));
		set("{\"quantity\":1.5}").andExpect(problem(400, "unreadable-request"));
		then(this.carts).shouldHaveNoInteractions();
	}

	/** Issue 14: a string or a fraction was taken as a whole quantity. */
	@Test
	void aQuantityOfTheWrongJsonTypeIsRefusedNamingIt() throws Exception {
		for (String quantity : new String[] { "\"1\"", "\"１２\"", "1.5", "true" }) {
			set("{\"quantity\":" + quantity + "}").andExpect(problem(400, "unreadable-request"))
				.andExpect(jsonPath("$.errors[0].field").value("quantity"));
			add("{\"productId\":\"p1\",\"quantity\":" + quantity + "}").andExpect(problem(400, "unreadable-request"))
				.andExpect(jsonPath("$.errors[0].field").value("quantity"));
		}
		add("{\"productId\":12,\"quantity\":1}").andExpect(problem(400, "unreadable-request"))
			.andExpect(jsonPath("$.errors[0].field").value("productId"));
		then(this.carts).shouldHaveNoInteractions();
	}

	/** Issue 14: a blank id reached catalog and came back as a 503. */
	@Test
	void aBlankProductIdInThePathIsAnInvalidFieldNotAnOutage() throws Exception {
		this.mvc
			.perform(put("/api/cart/items/{productId}", " ").with(SliceTokens.as("u-1", "CUSTOMER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\":1}"))
			.andExpect(invalidField("productId"));
		this.mvc.perform(delete("/api/cart/items/{productId}", " ").with(SliceTokens.as("u-1", "CUSTOMER")))
			.andExpect(invalidField("productId"));
		then(this.carts).shouldHaveNoInteractions();
	}

	@Test
	void aBodyThatIsNotJsonByItsMediaTypeIs415() throws Exception {
		this.mvc
			.perform(post("/api/cart/items").with(SliceTokens.as("u-1", "CUSTOMER"))
				.contentType(MediaType.TEXT_PLAIN)
				.content("p1"))
			.andExpect(problem(415, "unsupported-media-type"));
		then(this.carts).shouldHaveNoInteractions();
	}

	private ResultActions addFails(RuntimeException refusal) throws Exception {
		given(this.carts.add(any(), any(), anyInt())).willThrow(refusal);
		return add("{\"productId\":\"p1\",\"quantity\":1}");
	}

	/** A 503 that names the service to retry later, without the cause's internals. */
	private void addFailsAsUnavailable(RuntimeException outage, String service, String internals) throws Exception {
		addFails(outage).andExpect(problem(503, "service-unavailable"))
			.andExpect(jsonPath("$.service").value(service))
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
			.andExpect(jsonPath("$.detail").value(not(containsString(internals))));
	}

	private ResultActions add(String body) throws Exception {
		return this.mvc.perform(post("/api/cart/items").with(SliceTokens.as("u-1", "CUSTOMER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions set(String body) throws Exception {
		return this.mvc.perform(put("/api/cart/items/p1").with(SliceTokens.as("u-1", "CUSTOMER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
