package io.storesphere.checkout.saga;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.storesphere.checkout.order.OrderStatus;
import io.storesphere.events.StockShortage;

/**
 * What catalog's answer to an order means for it. The first answer decides: stock
 * committed confirms a PLACED order, stock rejected cancels it; any answer that arrives
 * after the order left PLACED (a redelivery, or a contradicting answer out of order)
 * changes nothing.
 */
public final class SagaRules {

	private SagaRules() {
	}

	public static Decision onStockCommitted(OrderStatus status) {
		switch (status) {
			case PLACED:
				return new Decision(Step.CONFIRM, "stock committed");
			case CONFIRMED:
				return new Decision(Step.NOTHING, "already confirmed");
			default:
				return new Decision(Step.NOTHING, "cancelled before catalog committed its stock; it stays cancelled");
		}
	}

	public static Decision onStockRejected(OrderStatus status) {
		switch (status) {
			case PLACED:
				return new Decision(Step.CANCEL, "stock rejected");
			case CANCELLED:
				return new Decision(Step.NOTHING, "already cancelled");
			default:
				return new Decision(Step.NOTHING, "already confirmed with its stock committed; it stays confirmed");
		}
	}

	/**
	 * Why the order was cancelled, in words for the customer, naming the products that
	 * ran short.
	 * @param productNames the order's product names by id
	 */
	public static String cancellationReason(List<StockShortage> shortages, Map<String, String> productNames) {
		if (shortages.isEmpty()) {
			return "Some products in your order were no longer in stock.";
		}
		return "Not enough stock for " + shortages.stream()
			.map((shortage) -> productNames.getOrDefault(shortage.productId(), shortage.productId()) + " (ordered "
					+ shortage.requested() + ", " + shortage.available() + " available)")
			.collect(Collectors.joining(", ")) + ". Your payment has been refunded in full.";
	}

	/** What to do with an order. */
	public enum Step {

		CONFIRM, CANCEL, NOTHING

	}

	/** A step and why. */
	public record Decision(Step step, String why) {

	}

}
