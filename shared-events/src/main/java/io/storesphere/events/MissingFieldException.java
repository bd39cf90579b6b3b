package io.storesphere.events;

/** A required field of an event was absent or null. */
public class MissingFieldException extends IllegalArgumentException {

	private final String field;

	public MissingFieldException(String field) {
		super("missing required field '" + field + "'");
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
