package io.storesphere.checkout.placing;

/**
 * A service checkout depends on did not answer (in time, or sensibly), or its circuit
 * breaker is open. Nothing was charged or stored.
 */
public class UpstreamUnavailable extends RuntimeException {

	private final String service;

	public UpstreamUnavailable(String service, String message, Throwable cause) {
		super(message, cause);
		this.service = service;
	}

	/** {@code cart}, {@code catalog} or {@code orders-store}. */
	public String service() {
		return this.service;
	}

}
