package io.storesphere.checkout.order;

/**
 * An order was written with new events; the outbox publisher takes it from here.
 */
public record OrderEventsWritten(String orderId) {

}
