package io.storesphere.checkout.placing;

import java.math.BigDecimal;

/**
 * A line of the customer's cart as checkout reads it: what and how many, and the unit
 * price the customer accepted when adding it (or when accepting a new price).
 */
public record CartLine(String productId, String name, int quantity, BigDecimal acceptedUnitPrice) {

}
