package io.storesphere.catalog.product.web;

/** A request field that is wrong in a way annotations cannot say. */
public class InvalidFieldException extends RuntimeException {

	private final String field;

	InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
