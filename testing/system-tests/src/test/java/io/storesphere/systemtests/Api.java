package io.storesphere.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API client of the gateway, as the original app's clients and scripts are: JSON over
 * HTTP with a bearer token.
 */
final class Api {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final String token;

	private Api(String base, String token) {
		this.base = base;
		this.token = token;
	}

	static Api anonymous() {
		return new Api(RunningSuite.GATEWAY, null);
	}

	/** Signs in with {@code POST /api/auth/login} and uses the token from then on. */
	static Api signIn(String email, String password) {
		Answer login = anonymous().post("/api/auth/login", Map.of("email", email, "password", password));
		login.expect(200);
		return new Api(RunningSuite.GATEWAY, login.json().get("accessToken").asString());
	}

	static Api admin() {
		return signIn(RunningSuite.ADMIN_EMAIL, RunningSuite.adminPassword());
	}

	/** The bearer token this client sends, or {@code null}. */
	String token() {
		return this.token;
	}

	Api withToken(String bearer) {
		return new Api(this.base, bearer);
	}

	Answer get(String path) {
		return send(request(path).GET());
	}

	Answer post(String path, Object body) {
		return send(request(path).POST(json(body)).header("Content-Type", "application/json"));
	}

	Answer post(String path, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = request(path).POST(json(body)).header("Content-Type", "application/json");
		headers.forEach(request::header);
		return send(request);
	}

	Answer put(String path, Object body) {
		return send(request(path).PUT(json(body)).header("Content-Type", "application/json"));
	}

	Answer patch(String path, Object body) {
		return send(request(path).method("PATCH", json(body)).header("Content-Type", "application/json"));
	}

	Answer delete(String path) {
		return send(request(path).DELETE());
	}

	/**
	 * A request exactly as given, whatever its method, headers and bytes; the anonymous
	 * client's way to send what a well-behaved client would not.
	 */
	Answer raw(String method, String path, Map<String, String> headers, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, (body != null) ? BodyPublishers.ofByteArray(body) : BodyPublishers.noBody());
		headers.forEach(request::header);
		return send(request);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json");
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		return request;
	}

	private static BodyPublisher json(Object body) {
		return (body == null) ? BodyPublishers.noBody() : BodyPublishers.ofString(JSON.writeValueAsString(body));
	}

	private static Answer send(HttpRequest.Builder request) {
		try {
			HttpRequest built = request.build();
			HttpResponse<String> response = HTTP.send(built, BodyHandlers.ofString());
			return new Answer(built.method() + " " + built.uri().getPath(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A map keeping the order of its entries, for readable request bodies. */
	static Map<String, Object> body(Object... keysAndValues) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			body.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return body;
	}

	/** One answer: its status, headers and JSON body. */
	record Answer(String request, HttpResponse<String> response) {

		int status() {
			return this.response.statusCode();
		}

		String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		String body() {
			return this.response.body();
		}

		JsonNode json() {
			return JSON.readTree(this.response.body());
		}

		/**
		 * The JSON body, after checking the status (the body is in the message
		 * otherwise).
		 */
		Answer expect(int status) {
			if (status() != status) {
				throw new AssertionError(
						this.request + " answered " + status() + " instead of " + status + ": " + this.response.body());
			}
			return this;
		}

	}

}
