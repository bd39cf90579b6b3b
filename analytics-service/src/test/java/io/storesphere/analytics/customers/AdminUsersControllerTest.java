package io.storesphere.analytics.customers;

import io.storesphere.testsupport.web.SliceTokens;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.storesphere.testsupport.web.ProblemMatchers.invalidField;
import static io.storesphere.testsupport.web.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
 * naming the parameter, and what it asks the store for (paging, the tie-break, a literal
 * search).
 */
@WebMvcTest(controllers = AdminUsersController.class)
class AdminUsersControllerTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CustomerValueRepository customers;

	@MockitoBean
	private JwtDecoder jwtDecoder;

	private final CustomerValue ada = new CustomerValue("user-1", "Ada Lovelace", "ada@example.com",
			Instant.parse("2026-01-05T10:00:00Z"), 3, new BigDecimal("125.50"), 2,
			Instant.parse("2026-02-01T12:00:00Z"));

	@Test
	void anAdminGetsAPageOfCustomersWithMoneyAsDecimalStrings() throws Exception {
		given(this.customers.search(anyString(), any(Pageable.class)))
			.willAnswer((call) -> new PageImpl<>(List.of(this.ada), call.getArgument(1), 41));

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
	}

	@Test
	void theDefaultIsTheBiggestSpendersFirstWithTheUserIdBreakingTies() throws Exception {
		given(this.customers.search(anyString(), any(Pageable.class))).willReturn(new PageImpl<>(List.of()));

		this.mvc.perform(get("/api/admin/users").with(role("ADMIN"))).andExpect(status().isOk());

		ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
		verify(this.customers).search(eq("%"), pageable.capture());
		assertThat(pageable.getValue().getPageNumber()).isZero();
		assertThat(pageable.getValue().getPageSize()).isEqualTo(20);
		assertThat(pageable.getValue().getSort().toList()).extracting(Sort.Order::getProperty, Sort.Order::getDirection)
			.containsExactly(tuple("coalesce(l.moneySpent, 0)", Sort.Direction.DESC),
					tuple("c.userId", Sort.Direction.ASC));
	}

	@Test
	void aSearchIsCaseInsensitiveAndTakesWildcardsLiterally() throws Exception {
		given(this.customers.search(anyString(), any(Pageable.class))).willReturn(new PageImpl<>(List.of()));

		this.mvc.perform(get("/api/admin/users").param("q", " 50%_Off ").with(role("ADMIN")))
			.andExpect(status().isOk());

		verify(this.customers).search(eq("%50\\%\\_off%"), any(Pageable.class));
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
		given(this.customers.search(anyString(), any(Pageable.class))).willReturn(new PageImpl<>(List.of()));
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

	private static JwtRequestPostProcessor role(String role) {
		return SliceTokens.as("user-9", role);
	}

	private static Jwt decoded(String value, String role) {
		return SliceTokens.decoded(value, "user-9", role);
	}

}
