package io.storesphere.analytics.customers.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.storesphere.analytics.customers.CustomerPage;
import io.storesphere.analytics.customers.CustomerSearch;
import io.storesphere.analytics.customers.CustomerSearch.SortBy;
import io.storesphere.analytics.customers.CustomerValue;
import io.storesphere.analytics.customers.CustomerValues;
import io.storesphere.testsupport.web.SliceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.storesphere.testsupport.web.ProblemMatchers.invalidField;
import static io.storesphere.testsupport.web.ProblemMatchers.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/admin/users} in milliseconds: admins only, its parameters' problems
 * naming the parameter, and what it asks the store for (page, size, sort, search text).
 * How the store pages, breaks ties and matches literally is
 * {@code JpaCustomerValuesTest}'s.
 */
@WebMvcTest(controllers = AdminUsersController.class)
class AdminUsersControllerTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CustomerValues customers;

	@MockitoBean
	private JwtDecoder jwtDecoder;

	private final CustomerValue ada = new CustomerValue("user-1", "Ada Lovelace", "ada@example.com",
			Instant.parse("2026-01-05T10:00:00Z"), 3, new BigDecimal("125.50"), 2,
			Instant.parse("2026-02-01T12:00:00Z"));

	@Test
	void anAdminGetsAPageOfCustomersWithMoneyAsDecimalStrings() throws Exception {
		given(this.customers.search(any())).willReturn(new CustomerPage(List.of(this.ada), 41, 3));

		this.mvc.perform(get("/api/admin/users").param("page", "2").param("size", "20").with(role("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].userId").value("user-1"))
			.andExpect(jsonPath("$.items[0].moneySpent").value("125.50"))
			.andExpect(jsonPath("$.items[0].itemsBought").value(3))
			.andExpect(jsonPath("$.items[0].orderCount").value(2))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.totalItems").value(41))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.sort").value("spent,desc"));
		verify(this.customers).search(new CustomerSearch(null, SortBy.MONEY_SPENT, true, 2, 20));
	}

	@Test
	void theDefaultIsTheFirstTwentyOfEveryoneBiggestSpendersFirst() throws Exception {
		given(this.customers.search(any())).willReturn(noCustomers());

		this.mvc.perform(get("/api/admin/users").with(role("ADMIN"))).andExpect(status().isOk());

		verify(this.customers).search(new CustomerSearch(null, SortBy.MONEY_SPENT, true, 0, 20));
	}

	@Test
	void theSearchTextAndEachSortKeyReachTheStoreAsAsked() throws Exception {
		given(this.customers.search(any())).willReturn(noCustomers());

		this.mvc.perform(get("/api/admin/users").param("q", " 50%_Off ").param("sort", "Name").with(role("ADMIN")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/admin/users").param("sort", "items, DESC").with(role("ADMIN")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/admin/users").param("sort", "orders,asc").with(role("ADMIN")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/admin/users").param("sort", "registered,desc").with(role("ADMIN")))
			.andExpect(status().isOk());

		verify(this.customers).search(new CustomerSearch(" 50%_Off ", SortBy.NAME, false, 0, 20));
		verify(this.customers).search(new CustomerSearch(null, SortBy.ITEMS_BOUGHT, true, 0, 20));
		verify(this.customers).search(new CustomerSearch(null, SortBy.ORDER_COUNT, false, 0, 20));
		verify(this.customers).search(new CustomerSearch(null, SortBy.REGISTERED_AT, true, 0, 20));
	}

	// --- analytics' problem type: a parameter out of range, named

	@Test
	void aNegativePageIsNamed() throws Exception {
		this.mvc.perform(get("/api/admin/users").param("page", "-1").with(role("ADMIN")))
			.andExpect(invalidField("page"))
			.andExpect(jsonPath("$.errors[0].message").value("must be 0 or more"));
		verifyNoInteractions(this.customers);
	}

	@Test
	void aPageSizeOutsideOneToAHundredIsNamed() throws Exception {
		this.mvc.perform(get("/api/admin/users").param("size", "0").with(role("ADMIN")))
			.andExpect(invalidField("size"))
			.andExpect(jsonPath("$.errors[0].message").value("must be between 1 and 100"));
		this.mvc.perform(get("/api/admin/users").param("size", "101").with(role("ADMIN")))
			.andExpect(invalidField("size"));
		verifyNoInteractions(this.customers);
	}

	@Test
	void anUnknownSortKeyOrDirectionIsNamed() throws Exception {
		this.mvc.perform(get("/api/admin/users").param("sort", "price,desc").with(role("ADMIN")))
			.andExpect(invalidField("sort"));
		this.mvc.perform(get("/api/admin/users").param("sort", "spent,sideways").with(role("ADMIN")))
			.andExpect(invalidField("sort"));
		this.mvc.perform(get("/api/admin/users").param("sort", "spent,desc,again").with(role("ADMIN")))
			.andExpect(invalidField("sort"));
		verifyNoInteractions(this.customers);
	}

	@Test
	void aPageThatIsNotANumberIsNamedWithWhatItMustBe() throws Exception {
		this.mvc.perform(get("/api/admin/users").param("page", "first").with(role("ADMIN")))
			.andExpect(invalidField("page"))
			.andExpect(jsonPath("$.detail").value("page must be a whole number"));
	}

	@Test
	void anotherMethodIsNotAllowed() throws Exception {
		this.mvc.perform(post("/api/admin/users").with(role("ADMIN"))).andExpect(problem(405, "method-not-allowed"));
	}

	// --- admins only

	@Test
	void withoutATokenItIsAnUnauthorizedProblem() throws Exception {
		this.mvc.perform(get("/api/admin/users"))
			.andExpect(problem(401, "unauthorized"))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
		verifyNoInteractions(this.customers);
	}

	@Test
	void aCustomersTokenIsAForbiddenProblem() throws Exception {
		this.mvc.perform(get("/api/admin/users").with(role("CUSTOMER"))).andExpect(problem(403, "forbidden"));
		verifyNoInteractions(this.customers);
	}

	@Test
	void theRolesClaimOfAVerifiedTokenDecides() throws Exception {
		given(this.customers.search(any())).willReturn(noCustomers());
		given(this.jwtDecoder.decode("admin-token")).willReturn(decoded("admin-token", "ADMIN"));
		given(this.jwtDecoder.decode("customer-token")).willReturn(decoded("customer-token", "CUSTOMER"));
		given(this.jwtDecoder.decode("forged")).willThrow(new BadJwtException("Signed JWT rejected"));

		this.mvc.perform(get("/api/admin/users").header(HttpHeaders.AUTHORIZATION, "Bearer admin-token"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/admin/users").header(HttpHeaders.AUTHORIZATION, "Bearer customer-token"))
			.andExpect(problem(403, "forbidden"));
		this.mvc.perform(get("/api/admin/users").header(HttpHeaders.AUTHORIZATION, "Bearer forged"))
			.andExpect(problem(401, "unauthorized"))
			.andExpect(jsonPath("$.detail").value("The bearer token is invalid or has expired; sign in again."));
	}

	private static CustomerPage noCustomers() {
		return new CustomerPage(List.of(), 0, 0);
	}

	private static JwtRequestPostProcessor role(String role) {
		return SliceTokens.as("user-9", role);
	}

	private static Jwt decoded(String value, String role) {
		return SliceTokens.decoded(value, "user-9", role);
	}

}
