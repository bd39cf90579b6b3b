package io.storesphere.systemtests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.storesphere.localaws.StoreSphereHome;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command, from the outside: {@code ./storesphere up} brings every
 * service to UP on its local port with the emulators beside them, and
 * {@code ./storesphere down} leaves no process and no port behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalRunIT {

	private static final int[] SERVICE_PORTS = { 8080, 8081, 8082, 8083, 8084, 8085, 8086 };

	private static final int[] EMULATOR_PORTS = { 4566, 8005, 8000 };

	private static final Path HOME = StoreSphereHome.find();

	// Kept apart from a developer's own .storesphere folder.
	private static final Path STATE = HOME.resolve("testing/system-tests/target/storesphere");

	private static final List<Long> startedPids = new ArrayList<>();

	@BeforeAll
	static void up() throws Exception {
		for (int port : concat(SERVICE_PORTS, EMULATOR_PORTS)) {
			assertThat(listening(port)).as("port %d must be free before the local run starts; is a local run up?", port)
				.isFalse();
		}
		Run run = storesphere("up", "--detach");
		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("StoreSphere is up").contains("http://localhost:8080");
		try (var pidFiles = Files.list(STATE.resolve("pids"))) {
			for (Path pidFile : pidFiles.toList()) {
				startedPids.add(Long.parseLong(Files.readString(pidFile).trim()));
			}
		}
	}

	@AfterAll
	static void downIfStillUp() throws Exception {
		storesphere("down");
	}

	@Test
	@Order(1)
	void everyServiceIsReadyOnItsLocalPort() {
		for (int port : SERVICE_PORTS) {
			Response readiness = HttpProbe.get("http://127.0.0.1:" + port + "/actuator/health/readiness");
			assertThat(readiness.status()).as("readiness on %d", port).isEqualTo(200);
			assertThat(readiness.body()).as("readiness on %d", port).contains("\"status\":\"UP\"");
		}
	}

	@Test
	@Order(2)
	void theSesInboxIsServed() {
		Response inbox = HttpProbe.get("http://127.0.0.1:8005/");
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.contentType()).contains("text/html");
	}

	@Test
	@Order(3)
	void aCustomerSignsUpAndSignsInThroughTheGateway() {
		String gateway = "http://localhost:8080";
		String email = "system-" + System.nanoTime() + "@example.com";
		String credentials = "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}";

		// The original app's sign-up endpoint, through the gateway to identity.
		Response signUp = HttpProbe.postJson(gateway + "/api/signup",
				"{\"fullName\":\"System Test\",\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}");
		assertThat(signUp.status()).as(signUp.body()).isEqualTo(201);

		// An API client: bearer token, checked by the gateway and by identity against the
		// real JWKS.
		Response login = HttpProbe.postJson(gateway + "/api/auth/login", credentials);
		assertThat(login.status()).as(login.body()).isEqualTo(200);
		String token = login.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
		Response me = HttpProbe.get(gateway + "/api/auth/me", token);
		assertThat(me.status()).as(me.body()).isEqualTo(200);
		assertThat(me.body()).contains(email);

		// A browser: the session cookie instead of a token.
		Response session = HttpProbe.send(HttpProbe.request(gateway + "/api/session/login")
			.header("Content-Type", "application/json")
			.header("Origin", gateway)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(credentials))
			.build());
		assertThat(session.status()).as(session.body()).isEqualTo(200);
		String cookie = session.header("Set-Cookie").split(";")[0];
		Response meByCookie = HttpProbe
			.send(HttpProbe.request(gateway + "/api/auth/me").header("Cookie", cookie).GET().build());
		assertThat(meByCookie.status()).isEqualTo(200);
		assertThat(meByCookie.body()).contains(email);

		// Every other service accepts identity's token too (404: authenticated, no such
		// resource yet).
		for (int port : new int[] { 8082, 8083, 8084, 8085, 8086 }) {
			assertThat(HttpProbe.get("http://127.0.0.1:" + port + "/api/no-such-thing", token).status())
				.as("service on %d", port)
				.isEqualTo(404);
		}
	}

	@Test
	@Order(4)
	void statusListsEveryProcess() throws Exception {
		Run status = storesphere("status");
		assertThat(status.output()).contains("local-aws", "fauxqs", "ses", "dynamodb", "gateway-service        UP",
				"analytics-service      UP");
	}

	@Test
	@Order(5)
	void downLeavesNoProcessAndNoPortBehind() throws Exception {
		assertThat(startedPids).hasSize(7 + 4);
		Run down = storesphere("down");
		assertThat(down.exitCode()).isZero();
		assertThat(down.output()).contains("StoreSphere stopped.");
		for (long pid : startedPids) {
			assertThat(
					ProcessHandle.of(pid).filter(ProcessHandle::isAlive).flatMap((handle) -> handle.info().command()))
				.as("process %d", pid)
				.isEmpty();
		}
		for (int port : concat(SERVICE_PORTS, EMULATOR_PORTS)) {
			assertThat(listening(port)).as("port %d after down", port).isFalse();
		}
	}

	private static Run storesphere(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(HOME.resolve("storesphere").toString()));
		command.addAll(List.of(args));
		Path log = Files.createTempFile("storesphere-", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("STORESPHERE_STATE_DIR", STATE.toString());
		// The reactor has just packaged every service; the run command must not build
		// again mid-build.
		builder.environment().put("STORESPHERE_SKIP_BUILD", "true");
		Process process = builder.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("storesphere " + String.join(" ", args) + " timed out:\n" + Files.readString(log));
		}
		return new Run(process.exitValue(), Files.readString(log));
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int[] concat(int[] first, int[] second) {
		int[] all = new int[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private record Run(int exitCode, String output) {

	}

}
