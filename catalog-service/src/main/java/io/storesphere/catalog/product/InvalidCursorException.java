package io.storesphere.catalog.product;

/** A paging cursor that this service did not hand out. */
public class InvalidCursorException extends RuntimeException {

	public InvalidCursorException() {
		super("is not a cursor from a previous page; start again without one");
	}

}
