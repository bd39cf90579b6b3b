package io.storesphere.checkout.placing.remote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.placing.CatalogProduct;
import io.storesphere.checkout.placing.CatalogSnapshot;
import io.storesphere.checkout.placing.PriceList;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Reads current prices and stock from catalog-service's batch read
 * ({@code POST /api/products/batch}, at most 100 ids a call) with the caller's token,
 * which {@link io.storesphere.starter.security.BearerTokenRelay} adds.
 */
@Component
class CatalogClient implements PriceList {

	static final int BATCH = 100;

	private final UpstreamClient catalog;

	CatalogClient(CheckoutProperties properties, RestClient.Builder builder, CircuitBreakerRegistry breakers) {
		this.catalog = new UpstreamClient("catalog", properties.catalog(), builder, breakers);
	}

	@Override
	public CatalogSnapshot read(Collection<String> productIds) {
		List<String> ids = List.copyOf(new HashSet<>(productIds));
		List<CatalogProduct> products = new ArrayList<>();
		Set<String> missing = new HashSet<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			BatchJson answer = this.catalog.call((client) -> client.post()
				.uri("/api/products/batch")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(Map.of("ids", batch))
				.exchange((request, response) -> {
					if (!response.getStatusCode().is2xxSuccessful()) {
						throw this.catalog.unexpected(response.getStatusCode().value());
					}
					return response.bodyTo(BatchJson.class);
				}));
			if (answer == null) {
				throw this.catalog.unexpected(200);
			}
			if (answer.products() != null) {
				answer.products()
					.stream()
					.filter((product) -> product.id() != null && product.price() != null)
					.map((product) -> new CatalogProduct(product.id(), product.name(), product.price(),
							(product.stock() != null) ? product.stock() : 0))
					.forEach(products::add);
			}
			if (answer.missing() != null) {
				missing.addAll(answer.missing());
			}
		}
		return CatalogSnapshot.of(products, missing);
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record BatchJson(List<ProductJson> products, List<String> missing) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProductJson(String id, String name, BigDecimal price, Integer stock) {

	}

}
