package io.storesphere.analytics.web;

/** A query parameter out of its allowed range; answered with a 400 problem naming it. */
public class InvalidQueryException extends RuntimeException {

	private final String parameter;

	public InvalidQueryException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
