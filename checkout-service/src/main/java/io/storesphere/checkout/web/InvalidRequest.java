package io.storesphere.checkout.web;

/** A request parameter or header that cannot be right: 400 with the field at fault. */
public class InvalidRequest extends RuntimeException {

	private final String field;

	public InvalidRequest(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
