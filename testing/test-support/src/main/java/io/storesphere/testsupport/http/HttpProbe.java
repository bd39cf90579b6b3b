package io.storesphere.testsupport.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A plain HTTP client for tests that look at a running service from the outside. */
public final class HttpProbe {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private HttpProbe() {
	}

	public static Response get(String url) {
		return send(request(url).GET().build());
	}

	/** A GET with {@code Authorization: Bearer <token>}. */
	public static Response get(String url, String bearerToken) {
		return send(request(url).header("Authorization", "Bearer " + bearerToken).GET().build());
	}

	/** A POST of a JSON body. */
	public static Response postJson(String url, String json) {
		return send(request(url).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** A POST of a JSON body with {@code Authorization: Bearer <token>}. */
	public static Response postJson(String url, String json, String bearerToken) {
		return send(request(url).header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + bearerToken)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** A request builder with the probe's timeout, for anything more particular. */
	public static HttpRequest.Builder request(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
	}

	public static Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request to " + request.uri() + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/** Status, media type, body and headers of a response. */
	public record Response(int status, String contentType, String body, Map<String, List<String>> headers) {

		/** The first value of a header, or an empty string. */
		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse("");
		}

	}

}
