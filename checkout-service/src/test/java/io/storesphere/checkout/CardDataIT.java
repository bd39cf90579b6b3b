package io.storesphere.checkout;

import java.util.List;
import java.util.Map;

import io.storesphere.checkout.Shop.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The card number and CVC are never stored and never logged, not even at DEBUG, whatever
 * the checkout's outcome.
 */
@ExtendWith(OutputCaptureExtension.class)
class CardDataIT extends CheckoutIntegrationTest {

	private static final Product CLOCK = new Product("prod-clock", "Wall Clock", "35.00", 9);

	private static final String MASTERCARD = "5555 5555 5555 4444";

	@Test
	void noCardNumberOrCvcInStoredDataOrLogs(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("io.storesphere", LogLevel.DEBUG);
		logging.setLogLevel("org.springframework.web", LogLevel.DEBUG);
		try {
			String token = customerWithCartOf(CLOCK);
			String key = Shop.newIdempotencyKey();
			assertThat(this.shop.checkout(token, key, Shop.card(MASTERCARD, "731", "Grace Hopper")).status())
				.isEqualTo(201);
			assertThat(this.shop.checkout(token, key, Shop.card(MASTERCARD, "731", "Grace Hopper")).status())
				.isEqualTo(201);
			assertThat(this.shop.checkout(token, key, Shop.card(Shop.VISA, "731", "Grace Hopper")).status())
				.isEqualTo(422);
			assertThat(
					this.shop.checkout(token, Shop.newIdempotencyKey(), Shop.card(Shop.DECLINED, "731", "G")).status())
				.isEqualTo(402);
			assertThat(
					this.shop.checkout(token, Shop.newIdempotencyKey(), Shop.card("5555 5555 5555 4445", "7310", "G"))
						.status())
				.isEqualTo(422);
		}
		finally {
			logging.setLogLevel("io.storesphere", null);
			logging.setLogLevel("org.springframework.web", null);
		}

		for (String table : List.of("-checkout-orders", "-checkout-idempotency-keys")) {
			List<Map<String, AttributeValue>> items = OutboxIT.scan(this.environment + table);
			assertThat(items).as(table).isNotEmpty();
			for (Map<String, AttributeValue> item : items) {
				String stored = item.toString();
				assertThat(stored).as(table)
					.doesNotContain("5555555555554444", "5555 5555 5555 4444", "4000000000000002", "5555555555554445")
					.doesNotContainIgnoringCase("cvc")
					.doesNotContainIgnoringCase("cardNumber");
				assertThat(item.values()).as(table).noneMatch((value) -> "731".equals(value.s()));
			}
		}
		assertThat(output.getAll()).contains("placed")
			.doesNotContain("5555555555554444", "5555 5555 5555 4444", "4000 0000 0000 0002", "4000000000000002",
					"5555 5555 5555 4445")
			.doesNotContainPattern("(?i)cvc\\W{0,4}7310?");
	}

}
