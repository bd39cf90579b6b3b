package io.storesphere.localaws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The three AWS emulators as child processes, all open source on one Node runtime: fauxqs
 * (SNS, SQS and S3), aws-ses-v2-local (SES with a web inbox) and dynalite for DynamoDB,
 * with the operations it lacks (transactions, TTL) added by
 * {@code src/main/node/dynamodb}. Used by the tests (once per JVM) and by the local run.
 */
public final class LocalAws implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	/**
	 * The DynamoDB emulator's LevelDB folder under the data folder. DynamoDB Local's
	 * files (in {@code dynamodb/}) from runs before it was replaced are not read.
	 */
	public static final String DYNAMODB_DATA = "dynalite";

	private final Endpoints endpoints;

	private final Map<String, Process> processes;

	private LocalAws(Endpoints endpoints, Map<String, Process> processes) {
		this.endpoints = endpoints;
		this.processes = processes;
	}

	/**
	 * Starts the emulators and returns once each accepts connections.
	 * @param options ports (0 picks a free one), the log folder and an optional data
	 * folder
	 */
	public static LocalAws start(Options options) throws IOException, InterruptedException {
		Path home = StoreSphereHome.find();
		NodePackage node = new NodePackage(home);
		node.ensureInstalled();
		Files.createDirectories(options.logDir());
		int[] ports = portsOrFree(options.snsSqsPort(), options.sesPort(), options.dynamoDbPort());
		int snsSqsPort = ports[0];
		int sesPort = ports[1];
		int dynamoPort = ports[2];

		List<String> fauxqs = new ArrayList<>(
				List.of(node.node().toString(), node.script("fauxqs.mjs").toString(), String.valueOf(snsSqsPort)));
		List<String> dynamo = new ArrayList<>(
				List.of(node.node().toString(), node.script("dynamodb.cjs").toString(), String.valueOf(dynamoPort)));
		if (options.dataDir() != null) {
			Path sqsData = Files.createDirectories(options.dataDir().resolve("fauxqs"));
			Path dynamoData = Files.createDirectories(options.dataDir().resolve(DYNAMODB_DATA));
			fauxqs.add(sqsData.toString());
			dynamo.add(dynamoData.toString());
		}
		List<String> ses = List.of(node.node().toString(),
				node.script("node_modules/aws-ses-v2-local/dist/cli.js").toString(), "--host", "127.0.0.1", "--port",
				String.valueOf(sesPort));

		Map<String, Process> started = new LinkedHashMap<>();
		try {
			started.put("fauxqs", launch(fauxqs, node.dir(), options.logDir().resolve("fauxqs.log")));
			started.put("ses", launch(ses, node.dir(), options.logDir().resolve("ses.log")));
			started.put("dynamodb", launch(dynamo, node.dir(), options.logDir().resolve("dynamodb.log")));
			awaitPort("fauxqs", started.get("fauxqs"), snsSqsPort, options.logDir().resolve("fauxqs.log"));
			awaitPort("ses", started.get("ses"), sesPort, options.logDir().resolve("ses.log"));
			awaitPort("dynamodb", started.get("dynamodb"), dynamoPort, options.logDir().resolve("dynamodb.log"));
		}
		catch (IOException | RuntimeException | InterruptedException ex) {
			started.values().forEach(Process::destroyForcibly);
			throw ex;
		}
		// fauxqs serves SNS, SQS and S3 on one port.
		URI fauxqsEndpoint = URI.create("http://127.0.0.1:" + snsSqsPort);
		Endpoints endpoints = new Endpoints(fauxqsEndpoint, fauxqsEndpoint, URI.create("http://127.0.0.1:" + sesPort),
				URI.create("http://127.0.0.1:" + dynamoPort), fauxqsEndpoint);
		return new LocalAws(endpoints, started);
	}

	public Endpoints endpoints() {
		return this.endpoints;
	}

	/** The emulator processes by name, e.g. to record their ids. */
	public Map<String, Process> processes() {
		return Map.copyOf(this.processes);
	}

	@Override
	public void close() {
		this.processes.values().forEach(Process::destroy);
		for (Process process : this.processes.values()) {
			try {
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
			}
		}
	}

	private static Process launch(List<String> command, Path workDir, Path log) throws IOException {
		return new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	private static void awaitPort(String name, Process process, int port, Path log)
			throws InterruptedException, IOException {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with code " + process.exitValue()
						+ " before listening on port " + port + ". Its log (" + log + "):\n" + Files.readString(log));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException(name + " did not listen on port " + port + " within " + START_TIMEOUT
				+ ". Its log (" + log + "):\n" + Files.readString(log));
	}

	/**
	 * The given ports, with free ones for the zeros. The sockets that find free ports
	 * stay open until all are found: closed one by one, the kernel may hand out the same
	 * port twice, and an emulator would then answer on another's port.
	 */
	private static int[] portsOrFree(int... ports) {
		List<ServerSocket> held = new ArrayList<>();
		try {
			int[] chosen = ports.clone();
			for (int i = 0; i < chosen.length; i++) {
				if (chosen[i] <= 0) {
					ServerSocket socket = new ServerSocket(0);
					held.add(socket);
					chosen[i] = socket.getLocalPort();
				}
			}
			return chosen;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			for (ServerSocket socket : held) {
				try {
					socket.close();
				}
				catch (IOException ignored) {
					// Closing a listening socket that accepted nothing cannot lose
					// anything.
				}
			}
		}
	}

	/**
	 * How to start the emulators.
	 *
	 * @param snsSqsPort fauxqs's port, 0 for a free one
	 * @param sesPort aws-ses-v2-local's port, 0 for a free one
	 * @param dynamoDbPort the DynamoDB emulator's port, 0 for a free one
	 * @param logDir one log file per emulator goes here
	 * @param dataDir where to persist queues and tables, or {@code null} to keep them in
	 * memory
	 */
	public record Options(int snsSqsPort, int sesPort, int dynamoDbPort, Path logDir, Path dataDir) {

		/** Free ports, in memory: what tests want. */
		public static Options ephemeral(Path logDir) {
			return new Options(0, 0, 0, logDir, null);
		}

	}

}
