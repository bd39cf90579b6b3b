package io.storesphere.checkout.placing;

import java.math.BigDecimal;

/**
 * Catalog's authoritative view of a product at checkout: current name, price and stock.
 */
public record CatalogProduct(String id, String name, BigDecimal price, int stock) {

}
