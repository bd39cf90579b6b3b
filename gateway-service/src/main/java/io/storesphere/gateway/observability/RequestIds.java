package io.storesphere.gateway.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which id a request carries through the suite: the caller's, so a client can follow its
 * own request, unless it could garble a log line or a header, in which case a new one.
 */
public final class RequestIds {

	private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private RequestIds() {
	}

	/**
	 * The request's id.
	 * @param incoming the id the caller sent, or {@code null}
	 * @return {@code incoming} if it is 8 to 64 letters, digits, dots, dashes or
	 * underscores, else a new random UUID
	 */
	public static String keepOrCreate(String incoming) {
		return (incoming != null && SANE_ID.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
	}

}
