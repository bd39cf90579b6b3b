package io.storesphere.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.storesphere.localaws.StoreSphereHome;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole suite, started once per test JVM with the README's run command
 * ({@code ./storesphere up --detach}) and shared by every system test class: starting
 * seven services costs minutes on two cores. It is stopped with
 * {@code ./storesphere down} when the last test class has run (unless a test stopped it
 * already, as {@link LocalRunIT} does to check that nothing is left behind).
 */
final class RunningSuite implements BeforeAllCallback {

	static final String GATEWAY = "http://localhost:8080";

	static final String SES = "http://127.0.0.1:8005";

	static final String ADMIN_EMAIL = "admin@storesphere.local";

	static final Path HOME = StoreSphereHome.find();

	/**
	 * The state folder of a suite that is already running (its
	 * {@code STORESPHERE_STATE_DIR}, e.g. {@code .storesphere}); the tests then use it
	 * instead of starting their own, and leave it running. Handy while writing a test.
	 */
	static final String RUNNING = System.getProperty("storesphere.systemtests.running", "");

	// Kept apart from a developer's own .storesphere folder.
	static final Path STATE = RUNNING.isBlank() ? HOME.resolve("testing/system-tests/target/storesphere")
			: HOME.resolve(RUNNING);

	private static final Object LOCK = new Object();

	private static volatile Started started;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		synchronized (LOCK) {
			if (started == null && !RUNNING.isBlank()) {
				started = new Started("", List.of(), false);
			}
			if (started == null) {
				started = start();
				// Closed when the whole test run ends, after the last class.
				context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningSuite.class, started);
			}
		}
	}

	/** What {@code up} printed and the processes it started. */
	static Started started() {
		if (started == null) {
			throw new IllegalStateException(
					"The suite is not running; annotate the class with @ExtendWith(RunningSuite.class).");
		}
		return started;
	}

	/** The administrator's password, which the local run generates once. */
	static String adminPassword() {
		try {
			return Files.readString(STATE.resolve("data/admin-password.txt")).trim();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The local run wrote no admin password", ex);
		}
	}

	private static Started start() throws Exception {
		for (int port : LocalRunIT.concat(LocalRunIT.SERVICE_PORTS, LocalRunIT.EMULATOR_PORTS)) {
			if (LocalRunIT.listening(port)) {
				throw new IllegalStateException(
						"Port " + port + " must be free before the system tests start the suite; is a local run up?");
			}
		}
		long began = System.nanoTime();
		Run run = storesphere("up", "--detach");
		if (run.exitCode() != 0 || !run.output().contains("StoreSphere is up")) {
			storesphere("down");
			throw new IllegalStateException("./storesphere up --detach failed:\n" + run.output());
		}
		List<Long> pids = new ArrayList<>();
		try (var pidFiles = Files.list(STATE.resolve("pids"))) {
			for (Path pidFile : pidFiles.toList()) {
				pids.add(Long.parseLong(Files.readString(pidFile).trim()));
			}
		}
		System.out.printf("The suite was up after %d s.%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began));
		return new Started(run.output(), List.copyOf(pids), true);
	}

	static Run storesphere(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(HOME.resolve("storesphere").toString()));
		command.addAll(List.of(args));
		Path log = Files.createTempFile("storesphere-", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("STORESPHERE_STATE_DIR", STATE.toString());
		// The reactor has just packaged every service; the run command must not build
		// again mid-build.
		builder.environment().put("STORESPHERE_SKIP_BUILD", "true");
		builder.environment().putIfAbsent("STORESPHERE_START_TIMEOUT", "400");
		// The system tests sign in from one address more often than the per-address limit
		// of 10 a minute allows a person; the limit itself is SignInRateLimitIT's
		// subject.
		builder.environment().put("STORESPHERE_GATEWAY_RATELIMIT_REQUESTSPERWINDOW", "500");
		Process process = builder.start();
		if (!process.waitFor(8, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("storesphere " + String.join(" ", args) + " timed out:\n" + Files.readString(log));
		}
		return new Run(process.exitValue(), Files.readString(log));
	}

	record Run(int exitCode, String output) {

	}

	/** The running suite; closing it stops every process {@code up} started. */
	record Started(String output, List<Long> pids, boolean ours) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			if (this.ours) {
				storesphere("down");
			}
		}

	}

}
