package io.storesphere.analytics.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.storesphere.analytics.sales.SalesSummary;
import io.storesphere.analytics.sales.SalesSummary.Day;
import io.storesphere.analytics.sales.SalesSummary.TopProduct;
import io.storesphere.analytics.sales.SalesSummary.Totals;
import io.storesphere.analytics.sales.SalesSummaryQuery;
import io.storesphere.testsupport.web.SliceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.storesphere.testsupport.web.ProblemMatchers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin dashboard's figures: admins only, money as decimal strings. */
@WebMvcTest(controllers = SummaryController.class)
class SummaryControllerTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SalesSummaryQuery summaries;

	@MockitoBean
	private JwtDecoder jwtDecoder;

	@Test
	void anAdminGetsTheFiguresWithMoneyAsDecimalStrings() throws Exception {
		Totals today = new Totals(2, 5, new BigDecimal("110.00"));
		given(this.summaries.current()).willReturn(new SalesSummary(today, new Totals(9, 20, new BigDecimal("480.50")),
				new Totals(30, 71, new BigDecimal("1999.99")),
				List.of(new TopProduct("p-1", "Espresso cups", 12, new BigDecimal("240.00"))),
				List.of(new Day(LocalDate.parse("2026-03-01"), 2, 5, new BigDecimal("110.00")))));

		this.mvc.perform(get("/api/admin/analytics/summary").with(role("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.today.orders").value(2))
			.andExpect(jsonPath("$.today.revenue").value("110.00"))
			.andExpect(jsonPath("$.last7Days.revenue").value("480.50"))
			.andExpect(jsonPath("$.last30Days.units").value(71))
			.andExpect(jsonPath("$.topProducts[0].productName").value("Espresso cups"))
			.andExpect(jsonPath("$.topProducts[0].revenue").value("240.00"))
			.andExpect(jsonPath("$.daily[0].date").value("2026-03-01"))
			.andExpect(jsonPath("$.daily[0].revenue").value("110.00"));
	}

	@Test
	void withoutATokenItIsAnUnauthorizedProblem() throws Exception {
		this.mvc.perform(get("/api/admin/analytics/summary")).andExpect(problem(401, "unauthorized"));
		verifyNoInteractions(this.summaries);
	}

	@Test
	void aCustomersTokenIsAForbiddenProblem() throws Exception {
		this.mvc.perform(get("/api/admin/analytics/summary").with(role("CUSTOMER")))
			.andExpect(problem(403, "forbidden"));
		verifyNoInteractions(this.summaries);
	}

	@Test
	void aStoreFailureIsAnInternalErrorThatHidesItsCause() throws Exception {
		given(this.summaries.current())
			.willThrow(new DataAccessResourceFailureException("jdbc:mariadb://analytics-db.internal refused"));

		this.mvc.perform(get("/api/admin/analytics/summary").with(role("ADMIN")))
			.andExpect(problem(500, "internal-error"))
			.andExpect(jsonPath("$.detail").value(not(containsString("analytics-db"))));
	}

	private static JwtRequestPostProcessor role(String role) {
		return SliceTokens.as("user-9", role);
	}

}
