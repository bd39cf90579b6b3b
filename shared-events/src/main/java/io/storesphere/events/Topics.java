package io.storesphere.events;

/** Base names of the SNS topics; deployed names carry an environment prefix. */
public final class Topics {

	public static final String IDENTITY_EVENTS = "identity-events";

	public static final String ORDER_EVENTS = "order-events";

	public static final String CATALOG_EVENTS = "catalog-events";

	/**
	 * Human-facing: admins subscribe to it by e-mail; it carries plain-text alerts, not
	 * envelopes.
	 */
	public static final String ADMIN_ALERTS = "admin-alerts";

	private Topics() {
	}

}
