package io.storesphere.cart.shopping.web;

import java.math.BigDecimal;
import java.util.List;

import io.storesphere.cart.shopping.CartService;
import io.storesphere.cart.shopping.PricedCart;
import io.storesphere.cart.shopping.PricedCart.PricedLine;
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
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.storesphere.testsupport.web.ProblemMatchers.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cart's security rules and its wire format, without DynamoDB or catalog: every call
 * needs a token, the admin area is not a customer's, and a cart is always the token
 * subject's, whatever the path, query or body say.
 */
@WebMvcTest(CartController.class)
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
class CartControllerTest {

	private static final PricedCart CART = new PricedCart(
			List.of(new PricedLine("p1", "Desk Lamp", new BigDecimal("12.50"), new BigDecimal("11.00"), 2,
					new BigDecimal("25.00"), "/api/products/p1/image", true, false, false, 7)),
			2, new BigDecimal("25.00"), 4, true);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CartService carts;

	@Test
	void withoutATokenEveryCartCallIsAnUnauthorizedProblem() throws Exception {
		this.mvc.perform(get("/api/cart"))
			.andExpect(problem(401, "unauthorized"))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
		this.mvc
			.perform(post("/api/cart/items").contentType(MediaType.APPLICATION_JSON).content("{\"productId\":\"p1\"}"))
			.andExpect(problem(401, "unauthorized"));
		this.mvc.perform(delete("/api/cart")).andExpect(problem(401, "unauthorized"));
		then(this.carts).shouldHaveNoInteractions();
	}

	@Test
	void aTokenThatCannotBeReadIsAnUnauthorizedProblem() throws Exception {
		this.mvc.perform(get("/api/cart").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt"))
			.andExpect(problem(401, "unauthorized"))
			.andExpect(jsonPath("$.detail").value("The bearer token is invalid or has expired; sign in again."));
		then(this.carts).shouldHaveNoInteractions();
	}

	@Test
	void aCustomerMayNotEnterTheAdminArea() throws Exception {
		this.mvc.perform(get("/api/admin/carts").with(customer("u-1"))).andExpect(problem(403, "forbidden"));
	}

	@Test
	void anAdminGetsPastTheAdminRuleToFindNothingThere() throws Exception {
		this.mvc.perform(get("/api/admin/carts").with(SliceTokens.as("a-1", "ADMIN")))
			.andExpect(problem(404, "not-found"));
	}

	@Test
	void theCartReadIsTheTokenSubjectsWhateverTheQuerySays() throws Exception {
		given(this.carts.get("u-1")).willReturn(CART);
		this.mvc.perform(get("/api/cart").param("userId", "u-2").with(customer("u-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].productId").value("p1"))
			.andExpect(jsonPath("$.items[0].unitPrice").value("12.50"))
			.andExpect(jsonPath("$.items[0].addedUnitPrice").value("11.00"))
			.andExpect(jsonPath("$.items[0].lineTotal").value("25.00"))
			.andExpect(jsonPath("$.items[0].priceChanged").value(true))
			.andExpect(jsonPath("$.items[0].availableStock").value(7))
			.andExpect(jsonPath("$.itemCount").value(2))
			.andExpect(jsonPath("$.subtotal").value("25.00"))
			.andExpect(jsonPath("$.version").value(4))
			.andExpect(jsonPath("$.pricesCurrent").value(true))
			.andExpect(jsonPath("$.notice").doesNotExist());
		then(this.carts).should(never()).get("u-2");
	}

	@Test
	void aUserNamedInTheBodyIsIgnoredTheItemGoesToTheTokenSubjectsCart() throws Exception {
		given(this.carts.add("u-1", "p1", 2)).willReturn(CART);
		add("/api/cart/items", "{\"productId\":\" p1 \",\"quantity\":2,\"userId\":\"u-2\"}")
			.andExpect(jsonPath("$.itemCount").value(2));
		then(this.carts).should().add("u-1", "p1", 2);
		then(this.carts).should(never()).add(eq("u-2"), anyString(), anyInt());
	}

	@Test
	void theOriginalAppsAddTakesProductIdInSnakeCaseAndAMissingQuantityAsOne() throws Exception {
		given(this.carts.add("u-1", "p1", 1)).willReturn(CART);
		add("/api/cart", "{\"product_id\":\"p1\"}");
		then(this.carts).should().add("u-1", "p1", 1);
	}

	@Test
	void changesByPathAreAppliedToTheTokenSubjectsCart() throws Exception {
		given(this.carts.set(any(), any(), anyInt())).willReturn(CART);
		given(this.carts.remove(any(), any())).willReturn(CART);
		given(this.carts.clear(any())).willReturn(CART);
		given(this.carts.acceptPrices(any())).willReturn(CART);
		this.mvc
			.perform(put("/api/cart/items/p1").with(customer("u-7"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\":3}"))
			.andExpect(status().isOk());
		this.mvc.perform(delete("/api/cart/items/p1").with(customer("u-7"))).andExpect(status().isOk());
		this.mvc.perform(delete("/api/cart").with(customer("u-7"))).andExpect(status().isOk());
		this.mvc.perform(post("/api/cart/accept-prices").with(customer("u-7"))).andExpect(status().isOk());
		then(this.carts).should().set("u-7", "p1", 3);
		then(this.carts).should().remove("u-7", "p1");
		then(this.carts).should().clear("u-7");
		then(this.carts).should().acceptPrices("u-7");
	}

	@Test
	void aCartAtLastKnownPricesSaysSoInANotice() throws Exception {
		given(this.carts.get("u-1")).willReturn(new PricedCart(CART.lines(), 2, new BigDecimal("22.00"), 4, false));
		this.mvc.perform(get("/api/cart").with(customer("u-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pricesCurrent").value(false))
			.andExpect(jsonPath("$.notice").isNotEmpty());
	}

	/** Customer u-1 adds with this body at this path; the answer must be 200. */
	private ResultActions add(String path, String body) throws Exception {
		return this.mvc.perform(post(path).with(customer("u-1")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
	}

	private static JwtRequestPostProcessor customer(String subject) {
		return SliceTokens.as(subject, "CUSTOMER");
	}

}
