package io.storesphere.notification.web;

import java.time.Instant;
import java.util.List;

import io.storesphere.notification.delivery.NotificationLog;
import io.storesphere.notification.delivery.NotificationLog.Entry;
import io.storesphere.notification.delivery.StockAlert;
import io.storesphere.notification.delivery.StockAlert.AlertKind;
import io.storesphere.testsupport.web.SliceTokens;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

import static io.storesphere.testsupport.web.ProblemMatchers.invalidField;
import static io.storesphere.testsupport.web.ProblemMatchers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin lists of alerts and e-mails in milliseconds: admins only, a limit kept
 * between 1 and 200, and the starter's problems as they are (notification has no
 * exceptions of its own).
 */
@WebMvcTest(controllers = AdminNotificationsController.class)
class AdminNotificationsControllerTest {

	private static final Instant SENT_AT = Instant.parse("2026-03-01T08:15:30Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private NotificationLog log;

	@MockitoBean
	private JwtDecoder jwtDecoder;

	@Test
	void anAdminSeesRecentAlertsNewestFirstFiftyByDefault() throws Exception {
		given(this.log.recent(false, 50)).willReturn(List.of(
				new Entry("LOW_STOCK_ALERT", "admin-alerts", "StoreSphere low stock: Espresso cups", "SENT", SENT_AT,
						new StockAlert("prod-cups", "Espresso cups", 0, 20, AlertKind.OUT_OF_STOCK)),
				new Entry("LOW_STOCK_ALERT", "admin-alerts", "StoreSphere low stock: Espresso cups", "SENT",
						SENT_AT.minusSeconds(60),
						new StockAlert("prod-cups", "Espresso cups", 7, 20, AlertKind.BELOW_THRESHOLD))));

		this.mvc.perform(get("/api/admin/alerts").with(role("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].type").value("LOW_STOCK_ALERT"))
			.andExpect(jsonPath("$[0].recipient").value("admin-alerts"))
			.andExpect(jsonPath("$[0].subject").value("StoreSphere low stock: Espresso cups"))
			.andExpect(jsonPath("$[0].status").value("SENT"))
			.andExpect(jsonPath("$[0].at").value(SENT_AT.toString()))
			.andExpect(jsonPath("$[0].alertKind").value("OUT_OF_STOCK"))
			.andExpect(jsonPath("$[1].alertKind").value("BELOW_THRESHOLD"))
			.andExpect(jsonPath("$[1].stock").value(7));
	}

	/**
	 * The web UI's alerts page reads exactly these names: kind, level, and the product.
	 */
	@Test
	void eachAlertTellsItsKindItsLevelAndItsProduct() throws Exception {
		given(this.log.recent(false, 50))
			.willReturn(List.of(new Entry("LOW_STOCK_ALERT", "admin-alerts", "StoreSphere low stock: Chef's Knife",
					"SENT", SENT_AT, new StockAlert("prod-knife", "Chef's Knife", 4, 10, AlertKind.BELOW_THRESHOLD))));

		this.mvc.perform(get("/api/admin/alerts").with(role("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					[{"type": "LOW_STOCK_ALERT", "recipient": "admin-alerts",
					  "subject": "StoreSphere low stock: Chef's Knife", "status": "SENT",
					  "at": "2026-03-01T08:15:30Z", "productId": "prod-knife", "productName": "Chef's Knife",
					  "stock": 4, "threshold": 10, "alertKind": "BELOW_THRESHOLD"}]
					""", JsonCompareMode.STRICT));
	}

	@Test
	void anAdminSeesRecentEmailsWithoutBodies() throws Exception {
		given(this.log.recent(true, 50))
			.willReturn(List.of(new Entry("RECEIPT", "ada@example.com", "Your order SS-1042", "REJECTED", SENT_AT)));

		this.mvc.perform(get("/api/admin/notifications").with(role("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].type").value("RECEIPT"))
			.andExpect(jsonPath("$[0].recipient").value("ada@example.com"))
			.andExpect(jsonPath("$[0].status").value("REJECTED"))
			.andExpect(jsonPath("$[0].body").doesNotExist())
			.andExpect(jsonPath("$[0].html").doesNotExist())
			.andExpect(jsonPath("$[0].productId").doesNotExist())
			.andExpect(jsonPath("$[0].stock").doesNotExist())
			.andExpect(jsonPath("$[0].alertKind").doesNotExist());
	}

	@Test
	void theLimitIsKeptBetweenOneAndTwoHundred() throws Exception {
		given(this.log.recent(anyBoolean(), anyInt())).willReturn(List.of());

		this.mvc.perform(get("/api/admin/notifications").param("limit", "100000").with(role("ADMIN")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/admin/alerts").param("limit", "0").with(role("ADMIN"))).andExpect(status().isOk());

		verify(this.log).recent(true, 200);
		verify(this.log).recent(false, 1);
	}

	// --- the starter's problems, as notification answers them

	@Test
	void aLimitThatIsNotANumberIsNamedWithWhatItMustBe() throws Exception {
		this.mvc.perform(get("/api/admin/alerts").param("limit", "ten").with(role("ADMIN")))
			.andExpect(invalidField("limit"))
			.andExpect(jsonPath("$.detail").value("limit must be a whole number"));
		verifyNoInteractions(this.log);
	}

	@Test
	void anotherMethodIsNotAllowed() throws Exception {
		this.mvc.perform(post("/api/admin/notifications").with(role("ADMIN")))
			.andExpect(problem(405, "method-not-allowed"));
	}

	@Test
	void aStoreFailureIsAnInternalErrorThatHidesItsCause() throws Exception {
		given(this.log.recent(anyBoolean(), anyInt()))
			.willThrow(DynamoDbException.builder().message("Table local-notification-log not found").build());

		this.mvc.perform(get("/api/admin/notifications").with(role("ADMIN")))
			.andExpect(problem(500, "internal-error"))
			.andExpect(jsonPath("$.detail").value(not(containsString("notification-log"))));
	}

	// --- admins only

	@Test
	void withoutATokenBothListsAreUnauthorizedProblems() throws Exception {
		this.mvc.perform(get("/api/admin/alerts"))
			.andExpect(problem(401, "unauthorized"))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
		this.mvc.perform(get("/api/admin/notifications")).andExpect(problem(401, "unauthorized"));
		verifyNoInteractions(this.log);
	}

	@Test
	void aCustomersTokenGetsForbiddenProblemsForBothLists() throws Exception {
		this.mvc.perform(get("/api/admin/alerts").with(role("CUSTOMER"))).andExpect(problem(403, "forbidden"));
		this.mvc.perform(get("/api/admin/notifications").with(role("CUSTOMER"))).andExpect(problem(403, "forbidden"));
		verifyNoInteractions(this.log);
	}

	@Test
	void theRolesClaimOfAVerifiedTokenDecides() throws Exception {
		given(this.log.recent(anyBoolean(), anyInt())).willReturn(List.of());
		given(this.jwtDecoder.decode("admin-token")).willReturn(decoded("admin-token", "ADMIN"));
		given(this.jwtDecoder.decode("customer-token")).willReturn(decoded("customer-token", "CUSTOMER"));
		given(this.jwtDecoder.decode("expired")).willThrow(new BadJwtException("Jwt expired"));

		this.mvc.perform(get("/api/admin/alerts").header(HttpHeaders.AUTHORIZATION, "Bearer admin-token"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/admin/alerts").header(HttpHeaders.AUTHORIZATION, "Bearer customer-token"))
			.andExpect(problem(403, "forbidden"));
		this.mvc.perform(get("/api/admin/alerts").header(HttpHeaders.AUTHORIZATION, "Bearer expired"))
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
