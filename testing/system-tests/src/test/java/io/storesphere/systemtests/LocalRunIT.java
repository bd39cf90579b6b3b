package io.storesphere.systemtests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's run command, from the outside: {@code ./storesphere up} (started once by
 * {@link RunningSuite} for every system test) brings every service to UP on its local
 * port with the emulators beside them, and {@code ./storesphere down} leaves no process
 * and no port behind. It runs after the other system tests, since it ends the run.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(RunningSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalRunIT {

	@BeforeAll
	static void onlyForItsOwnRun() {
		assumeTrue(RunningSuite.started().ours(), "this checks the run the system tests started themselves");
	}

	static final int[] SERVICE_PORTS = { 8080, 8081, 8082, 8083, 8084, 8085, 8086 };

	static final int[] EMULATOR_PORTS = { 4566, 8005, 8000 };

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
		String gateway = RunningSuite.GATEWAY;
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
		RunningSuite.Run status = RunningSuite.storesphere("status");
		assertThat(status.output()).contains("local-aws", "fauxqs", "ses", "dynamodb", "gateway-service        UP",
				"analytics-service      UP");
	}

	@Test
	@Order(5)
	void downLeavesNoProcessAndNoPortBehind() throws Exception {
		List<Long> startedPids = RunningSuite.started().pids();
		assertThat(startedPids).hasSize(7 + 4);
		RunningSuite.Run down = RunningSuite.storesphere("down");
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

	static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static int[] concat(int[] first, int[] second) {
		int[] all = new int[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
