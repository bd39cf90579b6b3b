package io.storesphere.testsupport.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for another service over real HTTP on loopback: it records every request and
 * answers what the test told it to (by default 200 with a small JSON naming the service
 * and the path). It can be slowed down or stopped, to see how a caller copes.
 */
public final class StubService implements AutoCloseable {

	private final String name;

	private final HttpServer server;

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private volatile Duration delay = Duration.ZERO;

	private StubService(String name) throws IOException {
		this.name = name;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public static StubService start(String name) {
		try {
			return new StubService(name);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start stub " + name, ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Answers {@code method path} with this status and JSON body from now on. */
	public StubService answer(String method, String path, int status, String json) {
		this.answers.put(method + " " + path, new Answer(status, json));
		return this;
	}

	/**
	 * Holds every answer this long (longer than the caller's timeout makes it "slow").
	 */
	public void delay(Duration delay) {
		this.delay = delay;
	}

	public List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	public void clear() {
		this.requests.clear();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestHeaders(), body));
		try {
			Thread.sleep(this.delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Answer answer = this.answers
			.getOrDefault(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(), new Answer(200,
					"{\"service\":\"" + this.name + "\",\"path\":\"" + exchange.getRequestURI().getPath() + "\"}"));
		byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		try {
			exchange.sendResponseHeaders(answer.status(), bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		catch (IOException callerGaveUp) {
			// the caller timed out and closed the connection
		}
	}

	private record Answer(int status, String json) {

	}

	/** What the stub received. */
	public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}
