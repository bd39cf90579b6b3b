package io.storesphere.notification.delivery;

import io.storesphere.events.StockLow;

/**
 * What a low-stock alert reports, kept with its log entry so the admin UI can tell the
 * two kinds apart, show the level and link to the product.
 *
 * @param productId the product, for a link to it in the inventory
 * @param productName its name when the alert was raised
 * @param stock the units left
 * @param threshold the level it fell below
 * @param alertKind whether it fell below its threshold or ran out
 */
public record StockAlert(String productId, String productName, int stock, int threshold, AlertKind alertKind) {

	/** The alert a stock-low event calls for. */
	public static StockAlert of(StockLow low) {
		return new StockAlert(low.productId(), low.productName(), low.stock(), low.threshold(),
				AlertKind.at(low.stock()));
	}

	/**
	 * Names one threshold crossing, the thing an alert is sent once for. Catalog raises
	 * stock-low once per crossing (below the threshold, and again at zero; one alert if a
	 * single order does both) and fixes the payload, {@code detectedAt} included, when it
	 * stores the deduction that crossed, so every announcement of that crossing carries
	 * the same values. A later crossing, after a restock, is a later deduction with a
	 * later {@code detectedAt}, so it is alerted again even at the same level.
	 */
	public static String crossing(StockLow low) {
		return low.productId() + "#" + AlertKind.at(low.stock()) + "#" + low.stock() + "#" + low.detectedAt();
	}

	/** The two alerts catalog raises for a product. */
	public enum AlertKind {

		/** Stock went from at or above the threshold to below it, but not to zero. */
		BELOW_THRESHOLD,

		/** Stock reached zero. */
		OUT_OF_STOCK;

		static AlertKind at(int stock) {
			return (stock == 0) ? OUT_OF_STOCK : BELOW_THRESHOLD;
		}

	}

}
