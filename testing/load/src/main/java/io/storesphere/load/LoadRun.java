package io.storesphere.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.gatling.app.Gatling$;

/**
 * Runs {@link StoreSimulation} against a running suite and says where its HTML report is:
 * <pre>
 * LoadRun [--rate 5] [--duration 60] [--state .storesphere] [--gateway http://localhost:8080]
 *         [--ses http://127.0.0.1:8005] [--from 127.0.0.2] [--results target/gatling]
 * </pre> The exit code is Gatling's: 0 when every request passed its checks.
 */
public final class LoadRun {

	private LoadRun() {
	}

	public static void main(String[] args) throws IOException {
		int status = run(options(args));
		System.exit(status);
	}

	/** Runs the simulation and returns Gatling's status (0: no request failed). */
	public static int run(Map<String, String> options) throws IOException {
		Path results = Path.of(options.getOrDefault("results", "target/gatling")).toAbsolutePath();
		options.forEach((name, value) -> {
			if (!name.equals("results")) {
				System.setProperty(LoadSettings.PREFIX + name, value);
			}
		});
		LoadSettings settings = LoadSettings.fromSystemProperties();
		System.out.printf("Load: %.1f new visitors a second for %d s against %s, sent from %s.%n", settings.rate(),
				settings.duration().toSeconds(), settings.gateway(), settings.from());
		int status = Gatling$.MODULE$.fromArgs(new String[] { "--simulation", StoreSimulation.class.getName(),
				"--results-folder", results.toString(), "--launcher", "storesphere" });
		Path report = latestReport(results);
		System.out.println((report != null) ? "HTML report: " + report : "No report was written under " + results);
		return status;
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("Expected --name value pairs, got: " + String.join(" ", args));
			}
			options.put(args[i].substring(2), args[++i]);
		}
		return options;
	}

	private static Path latestReport(Path results) throws IOException {
		if (!Files.isDirectory(results)) {
			return null;
		}
		try (Stream<Path> runs = Files.list(results)) {
			return runs.map((run) -> run.resolve("index.html"))
				.filter(Files::isRegularFile)
				.max(Comparator.comparing(LoadRun::modified))
				.orElse(null);
		}
	}

	private static long modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
