package io.storesphere.checkout.order.persistence;

/** An order line inside an {@link OrderItem}; money as two-place decimal strings. */
record LineItem(String productId, String productName, String unitPrice, Integer quantity, String lineTotal) {

}
