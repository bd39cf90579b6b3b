package io.storesphere.images;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe every image carries ({@code files/usr/local/bin/healthcheck}), which
 * docker-compose's and ECS's container health checks run, against a stand-in for the
 * service on loopback.
 */
class LivenessProbeTest {

	private static final Path PROBE = Images.ROOT.resolve("infra/images/files/usr/local/bin/healthcheck");

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private HttpServer service;

	@AfterEach
	void stopService() {
		if (this.service != null) {
			this.service.stop(0);
		}
	}

	@Test
	void succeedsWhileTheServiceSaysItIsLive() throws Exception {
		int port = serviceAnswering(200);
		assertThat(probe(port)).isZero();
		assertThat(this.requests).containsExactly("GET /actuator/health/liveness");
	}

	@Test
	void failsWhileTheServiceSaysItIsNotLive() throws Exception {
		assertThat(probe(serviceAnswering(503))).isNotZero();
	}

	@Test
	void failsWhenNothingListensOnThePort() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		assertThat(probe(port)).isNotZero();
	}

	private int serviceAnswering(int status) throws IOException {
		this.service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.service.createContext("/", (exchange) -> {
			this.requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.service.start();
		return this.service.getAddress().getPort();
	}

	/** Runs the probe as the image does: bash, with the service's port in PORT. */
	private static int probe(int port) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", PROBE.toString()).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("PORT", String.valueOf(port));
		Process process = builder.start();
		assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("the probe ends by itself: it reads for at most 4 s")
			.isTrue();
		return process.exitValue();
	}

}
