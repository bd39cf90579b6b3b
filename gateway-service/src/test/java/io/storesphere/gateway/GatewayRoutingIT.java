package io.storesphere.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.http.StubService.RecordedRequest;
import io.storesphere.testsupport.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing, the token check, browser sessions and failure handling, against stub services.
 */
@GatewayIntegrationTest
class GatewayRoutingIT {

	private static final StubbedSuite SUITE = new StubbedSuite();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		SUITE.register(registry);
		registry.add("storesphere.gateway.services.response-timeout", () -> "2s");
		registry.add("storesphere.gateway.rate-limit.enabled", () -> "false");
		registry.add("storesphere.gateway.session.secure", () -> "false");
	}

	@AfterAll
	static void stopStubs() {
		SUITE.close();
	}

	@BeforeEach
	void clearStubs() {
		SUITE.clear();
		SUITE.get("analytics").delay(Duration.ZERO);
	}

	/**
	 * Who may call what, through the gateway, including every endpoint of the original
	 * app.
	 */
	@Test
	void anonymousCustomerAndAdminGetTheExpectedStatusOnEveryKindOfRoute() {
		TestTokens tokens = TestTokens.get();
		String customer = tokens.customer();
		String admin = tokens.admin();
		List<String> mismatches = new ArrayList<>();
		for (Call call : List.of(
				// public
				new Call("GET", "/api/products", "catalog", "/api/products", 200, 200, 200),
				new Call("GET", "/api/products/p-1", "catalog", "/api/products/p-1", 200, 200, 200),
				new Call("POST", "/api/auth/signup", "identity", "/api/auth/signup", 200, 200, 200),
				new Call("POST", "/api/auth/login", "identity", "/api/auth/login", 200, 200, 200),
				// a customer's
				new Call("GET", "/api/cart", "cart", "/api/cart", 401, 200, 200),
				new Call("GET", "/api/orders", "checkout", "/api/orders", 401, 200, 200),
				new Call("POST", "/api/checkout", "checkout", "/api/checkout", 401, 200, 200),
				new Call("GET", "/api/auth/me", "identity", "/api/auth/me", 401, 200, 200),
				// an admin's
				new Call("GET", "/api/admin/users", "analytics", "/api/admin/users", 401, 403, 200),
				new Call("GET", "/api/admin/analytics/summary", "analytics", "/api/admin/analytics/summary", 401, 403,
						200),
				new Call("POST", "/api/admin/products", "catalog", "/api/admin/products", 401, 403, 200),
				new Call("GET", "/api/admin/orders", "checkout", "/api/admin/orders", 401, 403, 200),
				new Call("GET", "/api/admin/alerts", "notification", "/api/admin/alerts", 401, 403, 200),
				// the original monolith's API
				new Call("POST", "/api/signup", "identity", "/api/auth/signup", 200, 200, 200),
				new Call("POST", "/api/login", "identity", "/api/auth/login", 200, 200, 200),
				new Call("POST", "/api/cart", "cart", "/api/cart/items", 401, 200, 200),
				new Call("POST", "/api/record_payment", "checkout", "/api/checkout", 401, 200, 200),
				new Call("GET", "/api/get_users", "analytics", "/api/admin/users", 401, 403, 200))) {
			String[] callers = { null, customer, admin };
			int[] expected = { call.anonymous(), call.customer(), call.admin() };
			for (int i = 0; i < callers.length; i++) {
				SUITE.clear();
				Response response = send(call.method(), call.path(), callers[i]);
				String who = new String[] { "anonymous", "customer", "admin" }[i];
				if (response.status() != expected[i]) {
					mismatches.add(who + " " + call.method() + " " + call.path() + " -> " + response.status()
							+ " (expected " + expected[i] + ")");
					continue;
				}
				List<RecordedRequest> reached = SUITE.get(call.service()).requests();
				if (expected[i] == 200
						&& (reached.size() != 1 || !reached.get(0).path().equals(call.downstreamPath()))) {
					mismatches.add(who + " " + call.method() + " " + call.path() + " reached " + call.service() + " as "
							+ reached.stream().map(RecordedRequest::path).toList());
				}
				if (expected[i] != 200 && !reached.isEmpty()) {
					mismatches.add(who + " " + call.method() + " " + call.path() + " was refused but still reached "
							+ call.service());
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void badTokensAreRefusedBeforeAnyServiceIsCalled() {
		TestTokens tokens = TestTokens.get();
		for (String token : List.of(tokens.expired(), tokens.signedByAStranger(), tokens.forgedAdmin(),
				tokens.fromAnotherIssuer())) {
			Response response = send("GET", "/api/cart", token);
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
		assertThat(SUITE.get("cart").requests()).isEmpty();
	}

	@Test
	void servicesReceiveTheBearerTokenARequestIdAndATraceContext() {
		String token = TestTokens.get().customer();
		Response response = send("GET", "/api/cart", token);

		RecordedRequest reached = SUITE.get("cart").requests().get(0);
		assertThat(reached.header("Authorization")).isEqualTo("Bearer " + token);
		assertThat(reached.header("X-Request-Id")).isEqualTo(response.header("X-Request-Id")).isNotBlank();
		assertThat(reached.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
	}

	@Test
	void theOriginalPaymentEndpointGetsAnIdempotencyKeyOnlyWhenItHasNone() {
		String token = TestTokens.get().customer();
		send("POST", "/api/record_payment", token);
		send("POST", "/api/record_payment", token);
		HttpProbe.send(HttpProbe.request(url("/api/record_payment"))
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", "client-key-1")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());

		List<RecordedRequest> reached = SUITE.get("checkout").requests();
		assertThat(reached).hasSize(3);
		assertThat(reached.get(0).header("Idempotency-Key")).startsWith("compat-");
		assertThat(reached.get(1).header("Idempotency-Key")).startsWith("compat-")
			.isNotEqualTo(reached.get(0).header("Idempotency-Key"));
		assertThat(reached.get(2).header("Idempotency-Key")).isEqualTo("client-key-1");
	}

	@Test
	void aCallersSaneRequestIdIsKept() {
		Response response = HttpProbe
			.send(HttpProbe.request(url("/api/products")).header("X-Request-Id", "abc-123-def-456").GET().build());
		assertThat(response.header("X-Request-Id")).isEqualTo("abc-123-def-456");
		assertThat(SUITE.get("catalog").requests().get(0).header("X-Request-Id")).isEqualTo("abc-123-def-456");
	}

	@Test
	void responsesCarryTheSecurityHeaders() {
		Response response = send("GET", "/api/products", null);
		assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void aBrowserSessionWorksEndToEndAndNeverExposesTheToken() {
		String token = TestTokens.get().customer();
		SUITE.get("identity")
			.answer("POST", "/api/auth/login", 200, "{\"accessToken\":\"" + token
					+ "\",\"tokenType\":\"Bearer\",\"expiresIn\":1800,\"user\":{\"id\":\"u-1\",\"fullName\":\"Ann\"}}");

		Response login = HttpProbe.send(HttpProbe.request(url("/api/session/login"))
			.header("Content-Type", "application/json")
			.header("Origin", origin())
			.POST(BodyPublishers.ofString("{\"email\":\"ann@example.com\",\"password\":\"correct horse battery\"}"))
			.build());

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).contains("\"fullName\":\"Ann\"").doesNotContain(token).doesNotContain("accessToken");
		String setCookie = login.header("Set-Cookie");
		assertThat(setCookie).startsWith("storesphere_session=" + token)
			.contains("HttpOnly")
			.contains("SameSite=Strict")
			.contains("Path=/")
			.contains("Max-Age=1800");
		String cookie = "storesphere_session=" + token;

		Response cart = HttpProbe.send(HttpProbe.request(url("/api/cart")).header("Cookie", cookie).GET().build());
		assertThat(cart.status()).isEqualTo(200);
		RecordedRequest reached = SUITE.get("cart").requests().get(0);
		assertThat(reached.header("Authorization")).isEqualTo("Bearer " + token);
		assertThat(reached.header("Cookie")).isNull();

		Response sameSite = HttpProbe.send(HttpProbe.request(url("/api/cart"))
			.header("Cookie", cookie)
			.header("Origin", origin())
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"productId\":\"p-1\",\"quantity\":1}"))
			.build());
		assertThat(sameSite.status()).isEqualTo(200);

		Response logout = HttpProbe.send(HttpProbe.request(url("/api/session/logout"))
			.header("Cookie", cookie)
			.header("Origin", origin())
			.POST(BodyPublishers.noBody())
			.build());
		assertThat(logout.status()).isEqualTo(204);
		assertThat(logout.header("Set-Cookie")).startsWith("storesphere_session=;").contains("Max-Age=0");
	}

	@Test
	void aCrossSiteUnsafeRequestWithTheSessionCookieIsRefused() {
		String cookie = "storesphere_session=" + TestTokens.get().customer();
		for (HttpRequest forged : List.of(
				HttpProbe.request(url("/api/cart"))
					.header("Cookie", cookie)
					.header("Origin", "https://evil.example")
					.header("Content-Type", "application/json")
					.POST(BodyPublishers.ofString("{\"productId\":\"p-1\",\"quantity\":5}"))
					.build(),
				// No Origin and no Referer: not provably ours either.
				HttpProbe.request(url("/api/record_payment"))
					.header("Cookie", cookie)
					.header("Content-Type", "application/json")
					.POST(BodyPublishers.ofString("{}"))
					.build())) {
			Response response = HttpProbe.send(forged);
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.body()).contains("cross-site-request");
		}
		assertThat(SUITE.get("cart").requests()).isEmpty();
		assertThat(SUITE.get("checkout").requests()).isEmpty();
		// An API client with a bearer token is not a browser and is not affected.
		Response apiClient = HttpProbe.postJson(url("/api/cart"), "{}", TestTokens.get().customer());
		assertThat(apiClient.status()).isEqualTo(200);
	}

	@Test
	void aServiceThatIsDownGivesAFast503NamingIt() {
		SUITE.cut("notification");
		long started = System.nanoTime();

		Response response = send("GET", "/api/admin/alerts", TestTokens.get().admin());

		// Well inside the 2 s response timeout plus slack for a loaded machine: no
		// waiting on a dead service.
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"service\":\"notification\"").contains("service-unavailable");
		assertThat(response.header("Retry-After")).isEqualTo("5");
	}

	@Test
	void aServiceThatIsTooSlowGivesA503AfterTheResponseTimeout() {
		SUITE.get("analytics").delay(Duration.ofSeconds(6));
		long started = System.nanoTime();

		Response response = send("GET", "/api/admin/users", TestTokens.get().admin());

		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.body()).contains("\"service\":\"analytics\"");
		// Not before the 2 s response timeout, and not as late as the 6 s the service
		// would take.
		assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofMillis(5900));
	}

	/**
	 * Issue 14: what the firewall refuses answered 400 with an empty body. It is a
	 * problem with a stable type, without the URL, and reaches no service.
	 */
	@Test
	void urlsTheFirewallRefusesAre400MalformedRequestProblemsThatReachNoService() {
		String admin = TestTokens.get().admin();
		for (String path : List.of("/api//admin/users", "/api/./admin/users", "/api/admin%2fusers",
				"/api/admin/users;x=1", "/api/products/p%001", "/api/products/a%5cb")) {
			SUITE.clear();
			Response response = send("GET", path, admin);

			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.contentType()).as(path).startsWith("application/problem+json");
			assertThat(response.body()).as(path)
				.contains("\"type\":\"https://storesphere.dev/problems/malformed-request\"")
				.contains("\"status\":400")
				.doesNotContain("admin%2f")
				.doesNotContain(";x=1");
			assertThat(SUITE.get("analytics").requests()).as(path).isEmpty();
			assertThat(SUITE.get("catalog").requests()).as(path).isEmpty();
		}
	}

	/** Issue 14: a very long id answered Netty's 414 with no body. */
	@Test
	void aVeryLongUrlIsA414UriTooLongProblemThatReachesNoService() {
		SUITE.clear();
		Response response = send("GET", "/api/products/" + "x".repeat(6000), null);

		assertThat(response.status()).isEqualTo(414);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"https://storesphere.dev/problems/uri-too-long\"")
			.doesNotContain("xxxxxxxx");
		assertThat(SUITE.get("catalog").requests()).isEmpty();
	}

	@Test
	void aLongButReasonableUrlStillReachesItsService() {
		SUITE.clear();
		Response response = send("GET", "/api/products/" + "x".repeat(3000), null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(SUITE.get("catalog").requests()).hasSize(1);
	}

	/**
	 * Calls in flight are passed on, however many: the gateway itself refuses none (no
	 * bulkhead), and its breaker, which counts only the callee's failures, stays closed.
	 */
	@Test
	void manyCallsInFlightAtOnceAreAllPassedOnAndNoneRefused() throws Exception {
		int calls = 64;
		SUITE.get("catalog").delay(Duration.ofMillis(300));
		ExecutorService callers = Executors.newFixedThreadPool(calls);
		List<Future<Response>> answers;
		try {
			List<Callable<Response>> requests = new ArrayList<>();
			for (int i = 0; i < calls; i++) {
				requests.add(() -> send("GET", "/api/products", null));
			}
			answers = callers.invokeAll(requests);
		}
		finally {
			callers.shutdown();
			SUITE.get("catalog").delay(Duration.ZERO);
		}
		for (Future<Response> answer : answers) {
			assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
		}
		assertThat(SUITE.get("catalog").requests()).hasSize(calls);
		assertThat(send("GET", "/api/products", null).status()).isEqualTo(200);
	}

	private Response send(String method, String path, String token) {
		HttpRequest.Builder request = HttpProbe.request(url(path)).header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		request.method(method, method.equals("GET") ? BodyPublishers.noBody() : BodyPublishers.ofString("{}"));
		return HttpProbe.send(request.build());
	}

	private String url(String path) {
		return origin() + path;
	}

	private String origin() {
		return "http://localhost:" + this.port;
	}

	private record Call(String method, String path, String service, String downstreamPath, int anonymous, int customer,
			int admin) {

	}

}
