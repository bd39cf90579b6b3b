package io.storesphere.cart.shopping.remote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.storesphere.cart.shopping.Catalog;
import io.storesphere.cart.shopping.CatalogUnavailable;
import io.storesphere.cart.shopping.PriceList;
import io.storesphere.cart.shopping.Product;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks catalog's batch endpoint ({@code POST /api/products/batch}, at most 100 ids a
 * call) within the configured timeouts and behind a circuit breaker; the client relays
 * the caller's bearer token ({@link io.storesphere.starter.security.BearerTokenRelay}).
 * Any failure (no connection, timeout, an error status, an answer that cannot be read,
 * the breaker open) is {@link CatalogUnavailable}.
 */
class HttpCatalog implements Catalog {

	static final int MAX_IDS_PER_CALL = 100;

	private final RestClient catalog;

	private final CircuitBreaker breaker;

	HttpCatalog(RestClient catalogClient, CircuitBreaker catalogCircuitBreaker) {
		this.catalog = catalogClient;
		this.breaker = catalogCircuitBreaker;
	}

	@Override
	public PriceList describe(Collection<String> productIds) {
		List<String> ids = List.copyOf(productIds);
		List<Product> found = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += MAX_IDS_PER_CALL) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_CALL));
			found.addAll(guarded(chunk));
		}
		return PriceList.of(ids, found);
	}

	private List<Product> guarded(List<String> ids) {
		try {
			return this.breaker.executeSupplier(() -> batch(ids));
		}
		catch (CallNotPermittedException open) {
			throw new CatalogUnavailable("Catalog's circuit breaker is open", open);
		}
		catch (RestClientException | IllegalArgumentException failed) {
			throw new CatalogUnavailable("Catalog did not answer: " + failed.getMessage(), failed);
		}
	}

	private List<Product> batch(List<String> ids) {
		BatchAnswer answer = this.catalog.post()
			.uri("/api/products/batch")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(new BatchRequest(ids))
			.retrieve()
			.body(BatchAnswer.class);
		if (answer == null || answer.products() == null) {
			throw new IllegalArgumentException("Catalog's answer has no products");
		}
		return answer.products().stream().map(CatalogProduct::toProduct).toList();
	}

	record BatchRequest(List<String> ids) {

	}

	record BatchAnswer(List<CatalogProduct> products, List<String> missing) {

	}

	record CatalogProduct(String id, String name, String price, Integer stock, String stockStatus, String imageUrl) {

		Product toProduct() {
			if (this.id == null || this.name == null || this.price == null) {
				throw new IllegalArgumentException("Catalog described a product without id, name or price");
			}
			return new Product(this.id, this.name, new BigDecimal(this.price), (this.stock != null) ? this.stock : 0,
					this.imageUrl);
		}

	}

}
