package io.storesphere.checkout.placing.remote;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.placing.CartLine;
import io.storesphere.checkout.placing.ShoppingCart;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Reads the caller's cart from cart-service ({@code GET /api/cart}) with the caller's own
 * token, which {@link io.storesphere.starter.security.BearerTokenRelay} adds. Only what
 * and how many, and the price the customer accepted, are used: prices and stock come from
 * catalog.
 */
@Component
class CartClient implements ShoppingCart {

	private final UpstreamClient cart;

	CartClient(CheckoutProperties properties, RestClient.Builder builder, CircuitBreakerRegistry breakers) {
		this.cart = new UpstreamClient("cart", properties.cart(), builder, breakers);
	}

	@Override
	public List<CartLine> read() {
		return this.cart.call((client) -> client.get()
			.uri("/api/cart")
			.accept(MediaType.APPLICATION_JSON)
			.exchange((request, response) -> {
				int status = response.getStatusCode().value();
				if (status == 404) {
					return List.<CartLine>of();
				}
				if (!response.getStatusCode().is2xxSuccessful()) {
					throw this.cart.unexpected(status);
				}
				CartJson body = response.bodyTo(CartJson.class);
				if (body == null || body.items() == null) {
					return List.<CartLine>of();
				}
				return body.items()
					.stream()
					.map((item) -> new CartLine(item.productId(), item.name(),
							(item.quantity() != null) ? item.quantity() : 0,
							(item.addedUnitPrice() != null) ? item.addedUnitPrice() : item.unitPrice()))
					.toList();
			}));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CartJson(List<CartItemJson> items) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CartItemJson(String productId, String name, BigDecimal unitPrice, BigDecimal addedUnitPrice,
			Integer quantity) {

	}

}
