package io.storesphere.gateway.session;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The cross-site request rule for cookie sessions. A browser sends the session cookie
 * with any request to the gateway, whichever site made it, so an unsafe request the
 * cookie would authenticate, and every session call, must show it came from the gateway's
 * own pages or a configured origin. Bearer-token clients are not affected: a browser
 * never adds that header on its own.
 */
public final class OriginPolicy {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final String SESSION_PATHS = "/api/session/";

	private final List<String> allowedOrigins;

	/**
	 * @param allowedOrigins origins besides the gateway's own whose pages may send such
	 * requests, compared exactly
	 */
	public OriginPolicy(List<String> allowedOrigins) {
		this.allowedOrigins = List.copyOf(allowedOrigins);
	}

	/**
	 * Whether a request must show where it came from.
	 * @param method the HTTP method
	 * @param cookieAuthenticated whether the session cookie, not a bearer header, would
	 * authenticate it
	 * @param path the request path
	 */
	public boolean needsCheck(String method, boolean cookieAuthenticated, String path) {
		return !SAFE_METHODS.contains(method) && (cookieAuthenticated || path.startsWith(SESSION_PATHS));
	}

	/**
	 * Whether the page that sent a request may: its origin (from {@code Origin}, else
	 * from {@code Referer}) is the gateway's own, in any case, or an allowed one.
	 * @param origin the {@code Origin} header, or {@code null}
	 * @param referer the {@code Referer} header, or {@code null}
	 * @param ownOrigin the origin the browser addressed, e.g.
	 * {@code https://shop.example}
	 */
	public boolean allows(String origin, String referer, String ownOrigin) {
		String sender = (origin != null) ? origin : originOf(referer);
		if (sender == null) {
			return false;
		}
		return sender.equalsIgnoreCase(ownOrigin) || this.allowedOrigins.contains(sender);
	}

	private static String originOf(String referer) {
		if (referer == null) {
			return null;
		}
		URI uri = URI.create(referer);
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

}
