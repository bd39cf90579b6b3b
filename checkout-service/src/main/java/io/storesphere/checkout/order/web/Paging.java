package io.storesphere.checkout.order.web;

import io.storesphere.checkout.web.InvalidRequest;

/** Page sizes a client may ask for. */
final class Paging {

	static final int MAX_LIMIT = 100;

	private Paging() {
	}

	static int limit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidRequest("limit", "must be between 1 and " + MAX_LIMIT);
		}
		return limit;
	}

}
