package io.storesphere.analytics.customers;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One row of the admin users page: who the customer is and what they are worth.
 *
 * @param userId the customer's id
 * @param fullName their name, or null until identity's registration arrives
 * @param email their e-mail address
 * @param registeredAt when they signed up, or null until identity's registration arrives
 * @param itemsBought units bought, cancellations taken off
 * @param moneySpent money paid, tax included, cancellations taken off
 * @param orderCount orders that count
 * @param lastOrderAt the latest order that counts
 */
public record CustomerValue(String userId, String fullName, String email, Instant registeredAt, long itemsBought,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal moneySpent, long orderCount, Instant lastOrderAt) {

}
