package io.storesphere.catalog.product;

/** What a shopper sees on a product's badge. */
public enum StockStatus {

	IN_STOCK, LOW_STOCK, OUT_OF_STOCK;

	/** Out of stock at zero, low below the threshold, in stock otherwise. */
	public static StockStatus of(int stock, int threshold) {
		if (stock <= 0) {
			return OUT_OF_STOCK;
		}
		return (stock < threshold) ? LOW_STOCK : IN_STOCK;
	}

}
