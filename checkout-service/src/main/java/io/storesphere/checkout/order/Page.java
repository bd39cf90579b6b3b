package io.storesphere.checkout.order;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, newest first, and the opaque cursor of the next page (null on the
 * last one).
 */
public record Page<T>(List<T> items, String nextCursor) {

	public Page {
		items = List.copyOf(items);
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.nextCursor);
	}

}
