package io.storesphere.checkout.order.web;

import java.util.List;
import java.util.stream.Stream;

import io.storesphere.checkout.order.Customer;
import io.storesphere.checkout.order.Order;
import io.storesphere.checkout.payment.CardDetails;
import io.storesphere.checkout.placing.Checkout;
import io.storesphere.checkout.placing.Checkout.PlacedOrder;
import io.storesphere.checkout.web.CheckoutRequests;
import io.storesphere.checkout.web.Tokens;
import io.storesphere.checkout.web.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static io.storesphere.checkout.web.CheckoutRequests.KEY;
import static io.storesphere.checkout.web.CheckoutRequests.checkout;
import static io.storesphere.checkout.web.CheckoutRequests.payingWith;
import static io.storesphere.testsupport.web.ProblemMatchers.invalidField;
import static io.storesphere.testsupport.web.ProblemMatchers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/checkout} and {@code GET /api/checkout}: who may call, what must come
 * with the request, who the customer is, and the 201 a client gets.
 */
@WebSlice
class CheckoutControllerTest {

	private static final String BODY = payingWith("4242 4242 4242 4242");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Tokens tokens;

	@Autowired
	private Checkout checkout;

	@Test
	void placingAnOrderAnswers201WithTheOrderAndWhereToReadIt() throws Exception {
		placingAnswers(SampleOrders.placedBy("customer-1"), false);

		this.mvc.perform(checkout(KEY, BODY).with(this.tokens.customer("customer-1")))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/orders/" + SampleOrders.ID))
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andExpect(jsonPath("$.id").value(SampleOrders.ID))
			.andExpect(jsonPath("$.orderNumber").value("SS-261121-7KQ4X"))
			.andExpect(jsonPath("$.status").value("PLACED"))
			.andExpect(jsonPath("$.lines[0].unitPrice").value("49.90"))
			.andExpect(jsonPath("$.lines[0].lineTotal").value("99.80"))
			.andExpect(jsonPath("$.taxRate").value("0.08"))
			.andExpect(jsonPath("$.grandTotal").value("107.78"))
			.andExpect(jsonPath("$.payment.cardBrand").value("VISA"))
			.andExpect(jsonPath("$.payment.last4").value("4242"))
			.andExpect(jsonPath("$.placedAt").value("2026-11-21T11:00:00.123Z"))
			.andExpect(jsonPath("$.confirmedAt").doesNotExist())
			.andExpect(jsonPath("$.cancellation").doesNotExist());
	}

	@Test
	void aRepeatedRequestSaysItReplayedTheOrder() throws Exception {
		placingAnswers(SampleOrders.placedBy("customer-1"), true);

		this.mvc.perform(checkout(KEY, BODY).with(this.tokens.customer("customer-1")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"));
	}

	@Test
	void theCustomerIsTheTokensSubjectNameAndEmailAndTheCardIsTheBodys() throws Exception {
		placingAnswers(SampleOrders.placedBy("customer-1"), false);

		this.mvc.perform(checkout(KEY, BODY).with(this.tokens.customer("customer-1"))).andExpect(status().isCreated());

		then(this.checkout).should()
			.place(new Customer("customer-1", "Ada Lovelace", "ada@example.com"), KEY,
					new CardDetails("4242 4242 4242 4242", 12, 2030, "123", "Ada Lovelace"));
	}

	@Test
	void aTokenWithoutANameUsesTheEmailAsTheName() throws Exception {
		placingAnswers(SampleOrders.placedBy("customer-2"), false);

		this.mvc.perform(checkout(KEY, BODY).with(this.tokens.token((claims) -> claims.subject("customer-2")
			.claim("email", "bob@example.com")
			.claim("roles", List.of("CUSTOMER"))))).andExpect(status().isCreated());

		then(this.checkout).should()
			.place(eq(new Customer("customer-2", "bob@example.com", "bob@example.com")), eq(KEY), any());
	}

	@Test
	void aTokenWithoutAnEmailIs403ForbiddenAndNothingIsPlaced() throws Exception {
		this.mvc
			.perform(checkout(KEY, BODY)
				.with(this.tokens.token((claims) -> claims.subject("customer-3").claim("roles", List.of("CUSTOMER")))))
			.andExpect(problem(403, "forbidden"));

		nothingWasPlaced();
	}

	@Test
	void withoutATokenIs401UnauthorizedAskingForABearerToken() throws Exception {
		this.mvc.perform(checkout(KEY, BODY))
			.andExpect(problem(401, "unauthorized"))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));

		nothingWasPlaced();
	}

	@Test
	void aMalformedTokenIs401UnauthorizedSayingItIsInvalid() throws Exception {
		this.mvc.perform(checkout(KEY, BODY).header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt"))
			.andExpect(problem(401, "unauthorized"))
			.andExpect(jsonPath("$.detail").value("The bearer token is invalid or has expired; sign in again."));
	}

	@Test
	void withoutAnIdempotencyKeyIs400InvalidRequestForTheHeaderAndNothingIsPlaced() throws Exception {
		this.mvc
			.perform(post("/api/checkout").with(this.tokens.customer("customer-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY))
			.andExpect(invalidField("Idempotency-Key"))
			.andExpect(jsonPath("$.errors", hasSize(1)));

		nothingWasPlaced();
	}

	/** Keys that cannot be right: a space, nothing, more than 255 characters. */
	static Stream<String> malformedIdempotencyKeys() {
		return Stream.of("two words", "", "k".repeat(256));
	}

	@ParameterizedTest
	@MethodSource("malformedIdempotencyKeys")
	void aMalformedIdempotencyKeyIs400InvalidRequestForTheHeader(String key) throws Exception {
		this.mvc.perform(checkout(key, BODY).with(this.tokens.customer("customer-1")))
			.andExpect(invalidField("Idempotency-Key"));

		nothingWasPlaced();
	}

	@Test
	void aMissingCardFieldIs400InvalidRequestNamingItWithoutEchoingTheCard() throws Exception {
		this.mvc.perform(checkout(KEY, """
				{"payment": {"cardNumber": "4242 4242 4242 4242", "expiryMonth": 12, "expiryYear": 2030,
				             "cvc": "123"}}
				""").with(this.tokens.customer("customer-1")))
			.andExpect(invalidField("payment.cardholderName"))
			.andExpect(content().string(not(containsString("4242"))));
	}

	@Test
	void noPaymentAtAllIs400InvalidRequestForPayment() throws Exception {
		this.mvc.perform(checkout(KEY, "{}").with(this.tokens.customer("customer-1")))
			.andExpect(invalidField("payment"));
	}

	@Test
	void theCheckoutPageGetsTheCurrencyTaxRateAndTestCards() throws Exception {
		this.mvc.perform(get("/api/checkout").with(this.tokens.customer("customer-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currency").value("USD"))
			.andExpect(jsonPath("$.taxRate").value("0.08"))
			.andExpect(jsonPath("$.testCards", hasSize(5)))
			.andExpect(jsonPath("$.testCards[3].number").value("4000 0000 0000 0002"))
			.andExpect(jsonPath("$.testCards[3].outcome").value("DECLINED"));
	}

	/**
	 * The use case answers a checkout with {@link CheckoutRequests#KEY} with this order.
	 */
	private void placingAnswers(Order order, boolean replayed) {
		given(this.checkout.place(any(), eq(KEY), any())).willReturn(new PlacedOrder(order, replayed));
	}

	/** Nothing reached the use case. */
	private void nothingWasPlaced() {
		then(this.checkout).should(never()).place(any(), anyString(), any());
	}

}
