package io.storesphere.catalog.stock;

import java.time.Duration;

/**
 * How orders are applied.
 *
 * @param maxAttempts tries before the message is left for redelivery
 * @param maxProductsPerTransaction distinct products one transaction holds
 * @param relayAfter how old unpublished outcomes are before the relay takes them
 */
public record StockRules(int maxAttempts, int maxProductsPerTransaction, Duration relayAfter) {

}
