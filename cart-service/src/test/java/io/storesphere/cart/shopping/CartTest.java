package io.storesphere.cart.shopping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.storesphere.cart.shopping.CartRuleViolation.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cart's rules, in milliseconds. */
class CartTest {

	private static final CartLimits LIMITS = new CartLimits(99, 50);

	private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

	private static final Product LAMP = new Product("p1", "Desk Lamp", new BigDecimal("12.50"), 7, "/img/p1");

	private static final Product MUG = new Product("p2", "Mug", new BigDecimal("4.00"), 500, "/img/p2");

	private static final PriceList PRICES = PriceList.of(List.of("p1", "p2", "p3"), List.of(LAMP, MUG));

	private final Cart empty = Cart.empty("u1", 0);

	@Test
	void addingCreatesALineAtTheCurrentPriceAndAddingAgainIncrementsIt() {
		Cart cart = this.empty.add("p1", 2, PRICES, LIMITS, T0).add("p1", 3, PRICES, LIMITS, T0.plusSeconds(5));

		assertThat(cart.lines()).singleElement().satisfies((line) -> {
			assertThat(line.quantity()).isEqualTo(5);
			assertThat(line.name()).isEqualTo("Desk Lamp");
			assertThat(line.addedUnitPrice()).isEqualTo("12.50");
			assertThat(line.addedAt()).isEqualTo(T0);
		});
	}

	@Test
	void changingAQuantityAcceptsTheCurrentPrice() {
		Cart cart = this.empty.add("p1", 1, PRICES, LIMITS, T0);
		Product dearer = new Product("p1", "Desk Lamp", new BigDecimal("14.00"), 7, "/img/p1");

		Cart changed = cart.set("p1", 2, PriceList.of(List.of("p1"), List.of(dearer)), LIMITS, T0);

		assertThat(changed.line("p1").orElseThrow().addedUnitPrice()).isEqualTo("14.00");
	}

	@Test
	void setToZeroRemovesTheLine() {
		Cart cart = this.empty.add("p1", 1, PRICES, LIMITS, T0).add("p2", 1, PRICES, LIMITS, T0);

		assertThat(cart.set("p1", 0, PRICES, LIMITS, T0).productIds()).containsExactly("p2");
	}

	@Test
	void anUnknownProductIsRefused() {
		assertThatThrownBy(() -> this.empty.add("p3", 1, PRICES, LIMITS, T0)).isInstanceOfSatisfying(
				CartRuleViolation.class, (violation) -> assertThat(violation.rule()).isEqualTo(Rule.UNKNOWN_PRODUCT));
	}

	@Test
	void stockAndThePerLineLimitBoundTheQuantity() {
		Cart cart = this.empty.add("p1", 7, PRICES, LIMITS, T0);

		assertThatThrownBy(() -> cart.add("p1", 1, PRICES, LIMITS, T0)).isInstanceOfSatisfying(CartRuleViolation.class,
				(violation) -> {
					assertThat(violation.rule()).isEqualTo(Rule.INSUFFICIENT_STOCK);
					assertThat(violation.allowed()).isEqualTo(7);
					assertThat(violation.requested()).isEqualTo(8);
					assertThat(violation)
						.hasMessage("Only 7 of 'Desk Lamp' are in stock; this change would put 8 in your cart.");
				});
		assertThatThrownBy(() -> this.empty.set("p2", 100, PRICES, LIMITS, T0))
			.isInstanceOfSatisfying(CartRuleViolation.class, (violation) -> {
				assertThat(violation.rule()).isEqualTo(Rule.QUANTITY_LIMIT);
				assertThat(violation).hasMessageContaining("at most 99 of 'Mug'");
			});
		assertThat(this.empty.set("p2", 99, PRICES, LIMITS, T0).line("p2").orElseThrow().quantity()).isEqualTo(99);
	}

	@Test
	void aFullCartTakesNoNewProductButItsLinesMayStillGrow() {
		CartLimits two = new CartLimits(99, 1);
		Cart cart = this.empty.add("p1", 1, PRICES, two, T0);

		assertThatThrownBy(() -> cart.add("p2", 1, PRICES, two, T0)).isInstanceOfSatisfying(CartRuleViolation.class,
				(violation) -> assertThat(violation.rule()).isEqualTo(Rule.CART_FULL));
		assertThat(cart.add("p1", 1, PRICES, two, T0).line("p1").orElseThrow().quantity()).isEqualTo(2);
	}

	@Test
	void acceptingPricesTakesTheCurrentPriceForLinesCatalogStillHas() {
		Cart cart = this.empty.add("p1", 1, PRICES, LIMITS, T0).add("p2", 1, PRICES, LIMITS, T0);
		Product cheaper = new Product("p1", "Desk Lamp", new BigDecimal("9.99"), 7, "/img/p1");

		Cart accepted = cart.acceptPrices(PriceList.of(List.of("p1", "p2"), List.of(cheaper)));

		assertThat(accepted.line("p1").orElseThrow().addedUnitPrice()).isEqualTo("9.99");
		assertThat(accepted.line("p2").orElseThrow().addedUnitPrice()).isEqualTo("4.00");
	}

	@Test
	void anOrderTakesOutOnlyWhatItBought() {
		Cart cart = this.empty.add("p1", 2, PRICES, LIMITS, T0).add("p2", 5, PRICES, LIMITS, T0);
		Instant placedAt = T0.plusSeconds(60);
		// After checkout began: one more mug, and a product the order did not contain.
		Cart later = cart.add("p2", 1, PRICES, LIMITS, T0.plusSeconds(90));

		Cart after = later.removePurchased(Map.of("p1", 2, "p2", 5), placedAt);

		assertThat(after.line("p1")).isEmpty();
		assertThat(after.line("p2").orElseThrow().quantity()).isEqualTo(1);
	}

	@Test
	void aLineCreatedAfterTheOrderWasPlacedStaysWhole() {
		Instant placedAt = T0.plusSeconds(60);
		// The lamp was bought, removed from the cart, and added again after the order.
		Cart cart = this.empty.add("p1", 2, PRICES, LIMITS, placedAt.plusSeconds(1));

		assertThat(cart.removePurchased(Map.of("p1", 2), placedAt).line("p1").orElseThrow().quantity()).isEqualTo(2);
	}

}
