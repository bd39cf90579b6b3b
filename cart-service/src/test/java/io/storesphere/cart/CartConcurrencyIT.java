package io.storesphere.cart;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.storesphere.cart.CartClient.cart;
import static io.storesphere.cart.CartClient.line;
import static org.assertj.core.api.Assertions.assertThat;

/** Two tabs, rapid clicks: concurrent changes to one cart are all kept. */
class CartConcurrencyIT extends CartIntegrationTest {

	@Test
	void twentyConcurrentIncrementsOfOneLineAddExactlyTwenty() throws Exception {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 500);
		String token = TestTokens.get().customer();
		JsonNode before = cart(client().add(token, lamp, 3));

		List<Response> responses = concurrently(20, (i) -> client().add(token, lamp, 1));

		assertThat(responses)
			.allSatisfy((response) -> assertThat(response.status()).as(response.body()).isEqualTo(200));
		JsonNode after = cart(client().get(token));
		assertThat(line(after, lamp).get("quantity").asInt()).isEqualTo(23);
		assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong() + 20);
		// Each answer showed the cart right after its own write: twenty different
		// versions.
		assertThat(responses.stream().map((response) -> cart(response).get("version").asLong()).distinct()).hasSize(20);
	}

	@Test
	void concurrentAddsOfDifferentProductsAreAllKept() throws Exception {
		List<String> products = IntStream.range(0, 10)
			.mapToObj((i) -> CATALOG.product("Thing " + i, "2.00", 10))
			.toList();
		String token = TestTokens.get().customer();

		concurrently(10, (i) -> client().add(token, products.get(i), i + 1));

		JsonNode cart = cart(client().get(token));
		assertThat(cart.get("items")).hasSize(10);
		for (int i = 0; i < 10; i++) {
			assertThat(line(cart, products.get(i)).get("quantity").asInt()).isEqualTo(i + 1);
		}
		assertThat(cart.get("itemCount").asInt()).isEqualTo(55);
		assertThat(cart.get("subtotal").asString()).isEqualTo("110.00");
	}

	private static List<Response> concurrently(int n, java.util.function.IntFunction<Response> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			List<CompletableFuture<Response>> futures = IntStream.range(0, n)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> call.apply(i), pool))
				.toList();
			CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get();
			return futures.stream().map(CompletableFuture::join).toList();
		}
		finally {
			pool.shutdown();
		}
	}

}
