package io.storesphere.checkout.order.web;

import java.util.List;
import java.util.Optional;

import io.storesphere.checkout.order.OrderQueries;
import io.storesphere.checkout.order.OrderStatus;
import io.storesphere.checkout.order.Page;
import io.storesphere.checkout.web.Tokens;
import io.storesphere.checkout.web.WebSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.storesphere.testsupport.web.ProblemMatchers.invalidField;
import static io.storesphere.testsupport.web.ProblemMatchers.problem;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reading orders: a customer sees only their own, by the token's subject, whatever the
 * request says; an admin sees everyone's; a customer may not use the admin list.
 */
@WebSlice
class OrdersControllerTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Tokens tokens;

	@Autowired
	private OrderQueries orders;

	@Test
	void theCustomersOwnOrderIsShownForTheInvoicePage() throws Exception {
		given(this.orders.find(SampleOrders.ID)).willReturn(Optional.of(SampleOrders.placedBy("customer-1")));

		this.mvc.perform(get("/api/orders/{id}", SampleOrders.ID).with(this.tokens.customer("customer-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(SampleOrders.ID))
			.andExpect(jsonPath("$.lines[0].productName").value("Copper Kettle"))
			.andExpect(jsonPath("$.grandTotal").value("107.78"));
	}

	@Test
	void anotherCustomersOrderIs404OrderNotFoundExactlyAsIfItDidNotExist() throws Exception {
		given(this.orders.find(SampleOrders.ID)).willReturn(Optional.of(SampleOrders.placedBy("customer-1")));
		given(this.orders.find("no-such-order")).willReturn(Optional.empty());

		this.mvc.perform(get("/api/orders/{id}", SampleOrders.ID).with(this.tokens.customer("customer-2")))
			.andExpect(problem(404, "order-not-found"))
			.andExpect(jsonPath("$.detail").value("There is no order " + SampleOrders.ID + " in your account."))
			.andExpect(jsonPath("$.grandTotal").doesNotExist());
		this.mvc.perform(get("/api/orders/{id}", "no-such-order").with(this.tokens.customer("customer-2")))
			.andExpect(problem(404, "order-not-found"))
			.andExpect(jsonPath("$.detail").value("There is no order no-such-order in your account."));
	}

	@Test
	void anAdminSeesAnyCustomersOrder() throws Exception {
		given(this.orders.find(SampleOrders.ID)).willReturn(Optional.of(SampleOrders.placedBy("customer-1")));

		this.mvc.perform(get("/api/orders/{id}", SampleOrders.ID).with(this.tokens.admin("admin-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(SampleOrders.ID));
	}

	@Test
	void theOrderListIsTheTokenSubjectsWhateverTheRequestSays() throws Exception {
		given(this.orders.ofCustomer("customer-1", 20, null))
			.willReturn(new Page<>(List.of(SampleOrders.placedBy("customer-1")), "next-page"));

		this.mvc
			.perform(get("/api/orders").param("userId", "customer-2")
				.param("customer", "customer-2")
				.with(this.tokens.customer("customer-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id").value(SampleOrders.ID))
			.andExpect(jsonPath("$.items[0].itemCount").value(2))
			.andExpect(jsonPath("$.items[0].grandTotal").value("107.78"))
			.andExpect(jsonPath("$.items[0].userId").doesNotExist())
			.andExpect(jsonPath("$.nextCursor").value("next-page"));

		then(this.orders).should().ofCustomer("customer-1", 20, null);
		then(this.orders).should(never()).ofCustomer("customer-2", 20, null);
	}

	@Test
	void theLastPageHasNoNextCursor() throws Exception {
		given(this.orders.ofCustomer("customer-1", 5, "page-2")).willReturn(new Page<>(List.of(), null));

		this.mvc
			.perform(get("/api/orders").param("limit", "5")
				.param("cursor", "page-2")
				.with(this.tokens.customer("customer-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.nextCursor").doesNotExist());
	}

	@Test
	void aLimitAboveAHundredIs400InvalidRequest() throws Exception {
		this.mvc.perform(get("/api/orders").param("limit", "101").with(this.tokens.customer("customer-1")))
			.andExpect(invalidField("limit"));

		then(this.orders).should(never()).ofCustomer(anyString(), anyInt(), any());
	}

	@Test
	void withoutATokenTheOrdersAre401Unauthorized() throws Exception {
		this.mvc.perform(get("/api/orders/{id}", SampleOrders.ID)).andExpect(problem(401, "unauthorized"));

		then(this.orders).should(never()).find(anyString());
	}

	@Test
	void aCustomerOnTheAdminListIs403Forbidden() throws Exception {
		this.mvc.perform(get("/api/admin/orders").with(this.tokens.customer("customer-1")))
			.andExpect(problem(403, "forbidden"));

		then(this.orders).should(never()).all(any(), anyInt(), any());
	}

	@Test
	void withoutATokenTheAdminListIs401Unauthorized() throws Exception {
		this.mvc.perform(get("/api/admin/orders")).andExpect(problem(401, "unauthorized"));
	}

	@Test
	void anAdminListsEveryCustomersOrdersWithWhoseTheyAre() throws Exception {
		given(this.orders.all(OrderStatus.CONFIRMED, 20, null))
			.willReturn(new Page<>(List.of(SampleOrders.placedBy("customer-1")), null));

		this.mvc.perform(get("/api/admin/orders").param("status", "confirmed").with(this.tokens.admin("admin-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(SampleOrders.ID))
			.andExpect(jsonPath("$.items[0].userId").value("customer-1"))
			.andExpect(jsonPath("$.items[0].customerName").value("Ada Lovelace"))
			.andExpect(jsonPath("$.items[0].customerEmail").value("ada@example.com"))
			.andExpect(jsonPath("$.nextCursor").doesNotExist());
	}

	@Test
	void anUnknownStatusIs400InvalidRequestListingTheStatuses() throws Exception {
		this.mvc.perform(get("/api/admin/orders").param("status", "SHIPPED").with(this.tokens.admin("admin-1")))
			.andExpect(invalidField("status"))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of PLACED, CONFIRMED, CANCELLED"));
	}

}
