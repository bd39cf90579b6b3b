package io.storesphere.checkout.order;

/**
 * Where the use cases announce what happened inside checkout, without naming the
 * framework that delivers it. Delivery is synchronous, on the caller's thread, to every
 * listener in this service; integration events leave through the outbox, not here.
 */
public interface DomainEvents {

	/**
	 * An order was written with new events: publish them now rather than at the relay's
	 * next round.
	 */
	void publish(OrderEventsWritten event);

}
