package io.storesphere.checkout;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.storesphere.checkout.Shop.Charges;
import io.storesphere.checkout.Shop.Product;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.security.TestTokens;
import org.junit.jupiter.api.Test;

import static io.storesphere.checkout.PlaceOrderIT.assertProblem;
import static io.storesphere.checkout.Shop.json;
import static org.assertj.core.api.Assertions.assertThat;

/** One Idempotency-Key, one order and one charge, whatever the client repeats. */
class IdempotencyIT extends CheckoutIntegrationTest {

	private static final Product LAMP = new Product("prod-lamp", "Brass Lamp", "30.00", 10);

	@Test
	void theSameKeyAndBodyReturnTheSameOrderWithoutASecondCharge() {
		String token = customerWithCartOf(LAMP);
		String key = Shop.newIdempotencyKey();
		Charges charges = this.shop.countCharges();

		Response first = this.shop.checkout(token, key, Shop.card(Shop.VISA));
		Response again = this.shop.checkout(token, key, Shop.card(Shop.VISA));

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(json(again).get("id").asString()).isEqualTo(json(first).get("id").asString());
		assertThat(json(again).get("payment").get("reference").asString())
			.isEqualTo(json(first).get("payment").get("reference").asString());
		assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(this.shop.ordersOf(token)).hasSize(1);
		assertThat(charges.approved()).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsA422() {
		String token = customerWithCartOf(LAMP);
		String key = Shop.newIdempotencyKey();

		assertThat(this.shop.checkout(token, key, Shop.card(Shop.VISA)).status()).isEqualTo(201);
		Response other = this.shop.checkout(token, key, Shop.card("5555 5555 5555 4444"));

		assertProblem(other, 422, "idempotency-key-reused");
		assertThat(this.shop.ordersOf(token)).hasSize(1);
	}

	@Test
	void twoSimultaneousSubmissionsWithOneKeyMakeOneOrderAndOneCharge() throws Exception {
		String token = customerWithCartOf(LAMP);
		// Catalog is slow, so both requests are in flight together.
		CATALOG.delay(Duration.ofMillis(600));
		String key = Shop.newIdempotencyKey();
		Charges charges = this.shop.countCharges();
		CountDownLatch start = new CountDownLatch(1);

		List<CompletableFuture<Response>> submissions = List.of(1, 2)
			.stream()
			.map((i) -> CompletableFuture.supplyAsync(() -> {
				await(start);
				return this.shop.checkout(token, key, Shop.card(Shop.VISA));
			}))
			.toList();
		start.countDown();
		List<Response> responses = submissions.stream().map(CompletableFuture::join).toList();

		assertThat(responses).extracting(Response::status).containsOnly(201);
		assertThat(responses.stream().map((response) -> json(response).get("id").asString()).distinct()).hasSize(1);
		assertThat(this.shop.ordersOf(token)).hasSize(1);
		assertThat(charges.approved()).isEqualTo(1);
	}

	@Test
	void aCheckoutThatFailedLeavesTheKeyFreeForTheRetry() {
		String token = customerWithCartOf(LAMP);
		String key = Shop.newIdempotencyKey();

		assertProblem(this.shop.checkout(token, key, Shop.card(Shop.DECLINED)), 402, "payment-declined");
		Response retry = this.shop.checkout(token, key, Shop.card(Shop.VISA));

		assertThat(retry.status()).as(retry.body()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("false");
	}

	@Test
	void keysBelongToTheirCustomer() {
		Shop.cartAndCatalogAgree(LAMP);
		String key = "shared-key-" + UUID.randomUUID();

		Response ada = this.shop.checkout(TestTokens.get().customer(), key, Shop.card(Shop.VISA));
		Response bob = this.shop.checkout(TestTokens.get().customer(), key, Shop.card(Shop.VISA));

		assertThat(ada.status()).isEqualTo(201);
		assertThat(bob.status()).isEqualTo(201);
		assertThat(json(bob).get("id").asString()).isNotEqualTo(json(ada).get("id").asString());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
