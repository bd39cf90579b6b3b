package io.storesphere.events;

/**
 * A message could not be read as a StoreSphere event; the message says which field and
 * why.
 */
public class EventDecodingException extends RuntimeException {

	public EventDecodingException(String message) {
		super(message);
	}

	public EventDecodingException(String message, Throwable cause) {
		super(message, cause);
	}

}
