package io.storesphere.topology.bootstrap;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.storesphere.topology.Environment;
import io.storesphere.topology.Topology;
import software.amazon.awssdk.regions.Region;

/**
 * The bootstrap command: creates the suite's topology for one environment against any
 * endpoint.
 *
 * <pre>
 * java -jar topology-exec.jar --environment local --endpoint http://127.0.0.1:4566    # LocalStack
 * java -jar topology-exec.jar --environment local --sns-endpoint http://127.0.0.1:4566 \
 *     --sqs-endpoint http://127.0.0.1:4566 --s3-endpoint http://127.0.0.1:4566 \
 *     --dynamodb-endpoint http://127.0.0.1:8000                                       # the emulators
 * </pre>
 *
 * Exits 0 when the topology is in place (whether or not anything had to change), 1 on
 * error, 2 on bad arguments.
 */
public final class TopologyBootstrapMain {

	private TopologyBootstrapMain() {
	}

	public static void main(String[] args) {
		Map<String, String> options;
		try {
			options = parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println("usage: --environment NAME [--region R] [--endpoint URL | --sns-endpoint URL"
					+ " --sqs-endpoint URL --dynamodb-endpoint URL --s3-endpoint URL] [--verbose true]");
			System.exit(2);
			return;
		}
		String shared = options.get("endpoint");
		URI sns = uri(options.getOrDefault("sns-endpoint", shared));
		URI sqs = uri(options.getOrDefault("sqs-endpoint", shared));
		URI dynamoDb = uri(options.getOrDefault("dynamodb-endpoint", shared));
		URI s3 = uri(options.getOrDefault("s3-endpoint", shared));
		List<String> missing = missingEndpoints(sns, sqs, dynamoDb, s3);
		if (!missing.isEmpty()) {
			// Half emulated would send the rest to AWS with the emulators' test
			// credentials.
			System.err.println("Give every endpoint or none; missing: " + String.join(", ", missing));
			System.exit(2);
			return;
		}
		Environment environment = new Environment(options.getOrDefault("environment", "local"));
		Region region = Region.of(options.getOrDefault("region", "us-east-1"));
		try (AwsClients clients = AwsClients.create(region, sns, sqs, dynamoDb, s3)) {
			BootstrapReport report = clients.bootstrap().apply(Topology.storeSphere(), environment);
			boolean verbose = Boolean.parseBoolean(options.getOrDefault("verbose", "false"));
			(verbose ? report.changes() : report.modifications())
				.forEach((change) -> System.out.println("  " + change));
			System.out.println("Topology for environment '" + environment.name() + "': " + report.summary());
		}
		catch (RuntimeException ex) {
			System.err.println("Topology bootstrap failed: " + ex.getMessage());
			System.exit(1);
		}
	}

	private static Map<String, String> parse(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("Expected --name value pairs, got: " + String.join(" ", args));
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

	private static List<String> missingEndpoints(URI sns, URI sqs, URI dynamoDb, URI s3) {
		Map<String, URI> endpoints = new LinkedHashMap<>();
		endpoints.put("--sns-endpoint", sns);
		endpoints.put("--sqs-endpoint", sqs);
		endpoints.put("--dynamodb-endpoint", dynamoDb);
		endpoints.put("--s3-endpoint", s3);
		if (endpoints.values().stream().allMatch(Objects::isNull)) {
			return List.of();
		}
		return endpoints.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == null)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static URI uri(String value) {
		return (value != null) ? URI.create(value) : null;
	}

}
