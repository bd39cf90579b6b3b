package io.storesphere.checkout.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import io.storesphere.checkout.idempotency.IdempotencyConflict;
import io.storesphere.checkout.order.OrderQueries;
import io.storesphere.checkout.payment.CardDetails;
import io.storesphere.checkout.payment.PaymentSimulator;
import io.storesphere.checkout.placing.Checkout;
import io.storesphere.checkout.placing.CheckoutRefused;
import io.storesphere.checkout.placing.UpstreamUnavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.storesphere.checkout.web.CheckoutRequests.KEY;
import static io.storesphere.checkout.web.CheckoutRequests.payingWith;
import static io.storesphere.testsupport.web.ProblemMatchers.invalidField;
import static io.storesphere.testsupport.web.ProblemMatchers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Checkout's problem types, one per failure {@code ProblemHandling} maps, as a client of
 * the real endpoints sees them: status, {@code type} and the fields that say what to
 * change. The use case and the store are mocks that fail the way the real ones do.
 */
@WebSlice
class ProblemHandlingTest {

	private static final String CARD = "4242 4242 4242 4242";

	private static final String CUSTOMER = "customer-1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Tokens tokens;

	@Autowired
	private Checkout checkout;

	@Autowired
	private OrderQueries orders;

	@Test
	void anEmptyCartIs422CartEmpty() throws Exception {
		placingFailsWith(new CheckoutRefused.CartEmpty());

		checkout(CARD).andExpect(problem(422, "cart-empty"))
			.andExpect(jsonPath("$.detail").value(containsString("Your cart is empty")));
	}

	@Test
	void productsCatalogNoLongerSellsAre409ProductsUnavailableNamingThem() throws Exception {
		placingFailsWith(new CheckoutRefused.ProductsUnavailable(
				List.of(new CheckoutRefused.Unavailable("p1", "Copper Kettle"))));

		checkout(CARD).andExpect(problem(409, "products-unavailable"))
			.andExpect(jsonPath("$.products[0].productId").value("p1"))
			.andExpect(jsonPath("$.products[0].productName").value("Copper Kettle"));
	}

	@Test
	void tooFewInStockIs409InsufficientStockWithTheShortages() throws Exception {
		placingFailsWith(new CheckoutRefused.InsufficientStock(
				List.of(new CheckoutRefused.Shortage("p1", "Copper Kettle", 3, 1))));

		checkout(CARD).andExpect(problem(409, "insufficient-stock"))
			.andExpect(jsonPath("$.shortages[0].productId").value("p1"))
			.andExpect(jsonPath("$.shortages[0].productName").value("Copper Kettle"))
			.andExpect(jsonPath("$.shortages[0].requested").value(3))
			.andExpect(jsonPath("$.shortages[0].available").value(1));
	}

	@Test
	void changedPricesAre409PricesChangedWithBothPricesAsDecimalStrings() throws Exception {
		placingFailsWith(new CheckoutRefused.PricesChanged(List.of(new CheckoutRefused.PriceChange("p1",
				"Copper Kettle", new BigDecimal("49.90"), new BigDecimal("54.90")))));

		checkout(CARD).andExpect(problem(409, "prices-changed"))
			.andExpect(jsonPath("$.changes[0].productId").value("p1"))
			.andExpect(jsonPath("$.changes[0].productName").value("Copper Kettle"))
			.andExpect(jsonPath("$.changes[0].acceptedPrice").value("49.90"))
			.andExpect(jsonPath("$.changes[0].currentPrice").value("54.90"));
	}

	@Test
	void aCardFailingLuhnIs422InvalidCardNamingTheFieldNeverTheNumber() throws Exception {
		chargingTheSimulator();

		checkout("4242 4242 4242 4241").andExpect(problem(422, "invalid-card"))
			.andExpect(jsonPath("$.errors[0].field").value("payment.cardNumber"))
			.andExpect(jsonPath("$.errors[0].message").value("The card number is not valid; check the digits."))
			.andExpect(content().string(not(containsString("4242424242424241"))))
			.andExpect(content().string(not(containsString("4242 4242 4242 4241"))));
	}

	/**
	 * Issue 14: a number that is not digits was a 500 (a parse failure while guessing the
	 * brand). It is refused before anything reads it, and nothing is placed or charged.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "' OR 1=1 --", "4242 4242 4242 424\uD83D\uDE00", "1e308", "４２４２４２４２４２４２４２４２",
			"4242_4242_4242_4242", "- -", "4242 4242 4242 4242 4242 4242 4242 4242 4242 4242" })
	void aCardNumberThatIsNotDigitsIs400NamingTheFieldNeverTheNumber(String cardNumber) throws Exception {
		checkout(cardNumber).andExpect(invalidField("payment.cardNumber"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("must be the digits on the card, which spaces or dashes may separate"))
			.andExpect(content().string(not(containsString(cardNumber))));
		then(this.checkout).shouldHaveNoInteractions();
	}

	/**
	 * Issue 14: {@code -9223372036854775809} as a JSON number was read as the text
	 * {@code "-9223372036854775809"} and charged.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "-9223372036854775809", "4242424242424242", "1e308", "true" })
	void aCardNumberThatIsNotAJsonStringIs400NamingTheField(String cardNumber) throws Exception {
		asCustomer(CheckoutRequests.checkout(KEY, payingWith(cardNumber).replace("\"" + cardNumber + "\"", cardNumber)))
			.andExpect(problem(400, "unreadable-request"))
			.andExpect(jsonPath("$.errors[0].field").value("payment.cardNumber"))
			.andExpect(jsonPath("$.errors[0].message").value("must be text (a JSON string)"))
			.andExpect(content().string(not(containsString(cardNumber))));
		then(this.checkout).shouldHaveNoInteractions();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			"expiryMonth": 12      | "expiryMonth": "12"      | payment.expiryMonth
			"expiryMonth": 12      | "expiryMonth": 12.5      | payment.expiryMonth
			"cvc": "123"           | "cvc": 123               | payment.cvc
			""")
	void aCardFieldOfTheWrongJsonTypeIs400NamingIt(String valid, String wrong, String field) throws Exception {
		asCustomer(CheckoutRequests.checkout(KEY, payingWith(CARD).replace(valid, wrong)))
			.andExpect(problem(400, "unreadable-request"))
			.andExpect(jsonPath("$.errors[0].field").value(field));
		then(this.checkout).shouldHaveNoInteractions();
	}

	@Test
	void aCardholderNameWithAControlCharacterIs400NamingIt() throws Exception {
		asCustomer(CheckoutRequests.checkout(KEY, payingWith(CARD).replace("Ada Lovelace", "Ada\\u0000Lovelace")))
			.andExpect(invalidField("payment.cardholderName"))
			.andExpect(jsonPath("$.errors[0].message").value("must not contain control characters"));
		then(this.checkout).shouldHaveNoInteractions();
	}

	@Test
	void theDecliningTestCardIs402PaymentDeclined() throws Exception {
		chargingTheSimulator();

		checkout("4000 0000 0000 0002").andExpect(problem(402, "payment-declined"))
			.andExpect(jsonPath("$.detail").value("Your card was declined. Use another card or contact your bank."));
	}

	@Test
	void theInsufficientFundsTestCardIs402InsufficientFunds() throws Exception {
		chargingTheSimulator();

		checkout("4000 0000 0000 9995").andExpect(problem(402, "insufficient-funds"));
	}

	@Test
	void aKeyUsedForAnotherRequestIs422IdempotencyKeyReused() throws Exception {
		placingFailsWith(new IdempotencyConflict.KeyReused());

		checkout(CARD).andExpect(problem(422, "idempotency-key-reused"));
	}

	@Test
	void aKeyStillInFlightIs409IdempotencyKeyInUseToRetryAfterASecond() throws Exception {
		placingFailsWith(new IdempotencyConflict.KeyInUse());

		checkout(CARD).andExpect(problem(409, "idempotency-key-in-use"))
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"));
	}

	@Test
	void anOrderThatDoesNotExistIs404OrderNotFound() throws Exception {
		given(this.orders.find("no-such-order")).willReturn(Optional.empty());

		readOrder("no-such-order").andExpect(problem(404, "order-not-found"))
			.andExpect(jsonPath("$.detail").value("There is no order no-such-order in your account."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "cart", "catalog" })
	void anUpstreamOutageIs503NamingTheServiceToRetryAfterFiveSeconds(String service) throws Exception {
		placingFailsWith(new UpstreamUnavailable(service, "read timed out", null));

		checkout(CARD).andExpect(problem(503, "service-unavailable"))
			.andExpect(jsonPath("$.service").value(service))
			.andExpect(jsonPath("$.detail").value(containsString("nothing was charged")))
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"));
	}

	@Test
	void theStoreFailingWhilePlacingIs503OrdersStore() throws Exception {
		placingFailsWith(SdkException.builder().message("Unable to execute HTTP request: connect timed out").build());

		checkout(CARD).andExpect(problem(503, "service-unavailable"))
			.andExpect(jsonPath("$.service").value("orders-store"))
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
			.andExpect(content().string(not(containsString("connect timed out"))));
	}

	@Test
	void theStoreFailingWhileReadingIs503OrdersStore() throws Exception {
		given(this.orders.find("order-1")).willThrow(SdkException.builder().message("connect timed out").build());

		readOrder("order-1").andExpect(problem(503, "service-unavailable"))
			.andExpect(jsonPath("$.service").value("orders-store"))
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"));
	}

	@ParameterizedTest(name = "limit={0}")
	@CsvSource({ "0, must be between 1 and 100", "ten, must be a whole number" })
	void aLimitOutOfRangeOrOfTheWrongTypeIs400InvalidRequestSayingWhatItMustBe(String limit, String mustBe)
			throws Exception {
		listOrders("limit", limit).andExpect(invalidField("limit"))
			.andExpect(jsonPath("$.errors[0].message").value(mustBe))
			.andExpect(jsonPath("$.detail").value("limit " + mustBe));
	}

	@Test
	void aCursorTheStoreDidNotHandOutIs400InvalidRequestForCursor() throws Exception {
		given(this.orders.ofCustomer(eq(CUSTOMER), anyInt(), eq("forged"))).willThrow(new OrderQueries.InvalidCursor());

		listOrders("cursor", "forged").andExpect(invalidField("cursor"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("start again without it")));
	}

	@Test
	void anUnreadableBodyIs400UnreadableRequestShowingTheDocumentedShape() throws Exception {
		asCustomer(CheckoutRequests.checkout(KEY, "{\"payment\": ")).andExpect(problem(400, "unreadable-request"))
			.andExpect(jsonPath("$.detail").value(containsString("\"cardNumber\"")));
	}

	@Test
	void aBodyThatIsNotJsonIs415UnsupportedMediaType() throws Exception {
		asCustomer(CheckoutRequests.checkout(KEY, CARD).contentType(MediaType.TEXT_PLAIN))
			.andExpect(problem(415, "unsupported-media-type"));
	}

	@Test
	void anUnexpectedFailureIs500InternalErrorWithoutItsMessage() throws Exception {
		placingFailsWith(new IllegalStateException("secret: table prod-checkout-orders has no index"));

		checkout(CARD).andExpect(problem(500, "internal-error"))
			.andExpect(jsonPath("$.detail")
				.value("Something went wrong on our side; nothing was charged twice. Try again in a moment."))
			.andExpect(content().string(not(containsString("secret"))));
	}

	/** The customer checks out paying with this card. */
	private ResultActions checkout(String cardNumber) throws Exception {
		return asCustomer(CheckoutRequests.checkout(KEY, payingWith(cardNumber)));
	}

	/** The customer reads one order. */
	private ResultActions readOrder(String orderId) throws Exception {
		return asCustomer(get("/api/orders/{id}", orderId));
	}

	/** The customer lists their orders with one query parameter. */
	private ResultActions listOrders(String parameter, String value) throws Exception {
		return asCustomer(get("/api/orders").param(parameter, value));
	}

	private ResultActions asCustomer(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(this.tokens.customer(CUSTOMER)));
	}

	/** The use case fails as the real one does when it meets this failure. */
	private void placingFailsWith(RuntimeException failure) {
		given(this.checkout.place(any(), anyString(), any())).willThrow(failure);
	}

	/** The use case charges the card with the real simulator and fails as it does. */
	private void chargingTheSimulator() {
		PaymentSimulator payments = new PaymentSimulator(Clock.systemUTC(), new Random());
		given(this.checkout.place(any(), anyString(), any())).willAnswer((call) -> {
			payments.charge(call.<CardDetails>getArgument(2), new BigDecimal("107.78"), "USD");
			throw new AssertionError("the test card should have been refused");
		});
	}

}
