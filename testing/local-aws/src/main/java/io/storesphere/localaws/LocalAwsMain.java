package io.storesphere.localaws;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulators in the foreground for the local run, until stopped. Writes one pid
 * file per emulator into {@code --pid-dir} so that {@code storesphere down} can stop them
 * even if this process was killed hard.
 *
 * <pre>
 * java -cp local-aws.jar io.storesphere.localaws.LocalAwsMain --sns-sqs-port 4566 --ses-port 8005 \
 *     --dynamodb-port 8000 --log-dir .storesphere/logs --data-dir .storesphere/data --pid-dir .storesphere/pids
 * </pre>
 */
public final class LocalAwsMain {

	private LocalAwsMain() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = parse(args);
		LocalAws.Options startOptions = new LocalAws.Options(port(options, "sns-sqs-port", 4566),
				port(options, "ses-port", 8005), port(options, "dynamodb-port", 8000),
				Path.of(options.getOrDefault("log-dir", ".storesphere/logs")),
				options.containsKey("data-dir") ? Path.of(options.get("data-dir")) : null);
		Path pidDir = Files.createDirectories(Path.of(options.getOrDefault("pid-dir", ".storesphere/pids")));
		LocalAws aws = LocalAws.start(startOptions);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			aws.close();
			stopped.countDown();
		}, "local-aws-shutdown"));
		for (Map.Entry<String, Process> entry : aws.processes().entrySet()) {
			Files.writeString(pidDir.resolve(entry.getKey() + ".pid"), String.valueOf(entry.getValue().pid()));
		}
		Endpoints endpoints = aws.endpoints();
		System.out.println("local-aws ready: sns+sqs+s3 " + endpoints.sqs() + ", ses " + endpoints.ses() + ", dynamodb "
				+ endpoints.dynamoDb());
		stopped.await();
	}

	private static Map<String, String> parse(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("Expected --name value pairs, got: " + String.join(" ", args));
			}
			options.put(args[i].substring(2), args[++i]);
		}
		return options;
	}

	private static int port(Map<String, String> options, String name, int defaultPort) {
		return Integer.parseInt(options.getOrDefault(name, String.valueOf(defaultPort)));
	}

}
