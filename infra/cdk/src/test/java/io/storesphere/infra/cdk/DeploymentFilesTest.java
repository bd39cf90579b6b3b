package io.storesphere.infra.cdk;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The image's probe and docker-compose.yml at the repository root. The compose file is
 * checked by Debian's {@code docker-compose config -q}, which needs no Docker engine;
 * where the command is missing the check is skipped, except in CI ({@code CI=true}),
 * whose {@code .ci/run} installs it.
 */
class DeploymentFilesTest {

	private static final Path ROOT = Path.of(System.getProperty("storesphere.root", "../.."))
		.toAbsolutePath()
		.normalize();

	private static final String VERSION = System.getProperty("storesphere.version", "0.1.0-SNAPSHOT");

	@Test
	void everyServiceImageIsJibsWithTheProbeEcsRuns() {
		Path probe = ROOT.resolve("infra/images/files" + StoreSphereStack.HEALTHCHECK);
		assertThat(probe).as("the file Jib adds to every image (root pom)").isRegularFile().isExecutable();
		for (ServiceSpec spec : Services.storeSphere()) {
			assertThat(ROOT.resolve(spec.module()).resolve("Dockerfile")).as("Jib builds " + spec.module())
				.doesNotExist();
		}
	}

	@Test
	void composeRunsLocalStackMySqlTheBootstrapAndTheSevenImagesJibBuilt() throws IOException {
		String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
		assertThat(compose).contains("image: localstack/localstack:4.12.0")
			.contains("SERVICES: sns,sqs,dynamodb,ses,s3")
			.contains("image: mysql:8.4")
			.contains("./infra/topology/target/topology-0.1.0-SNAPSHOT-exec.jar:/opt/topology.jar:ro")
			.contains("condition: service_completed_successfully")
			.contains("DEV-ONLY SECRETS")
			.doesNotContain("build:");
		for (ServiceSpec spec : Services.storeSphere()) {
			// As jib:dockerBuild names it (root pom), and never pulled.
			assertThat(compose)
				.contains("image: storesphere/" + spec.module() + ":" + VERSION + "\n    pull_policy: never");
		}
		// The container health check ECS runs too (FargateMicroservice), for all seven.
		assertThat(compose).contains("""
				x-service-healthcheck: &service-healthcheck
				  test: ["CMD", "%s"]
				  interval: 15s
				  timeout: 5s
				  retries: 3
				  start_period: 120s
				""".formatted(StoreSphereStack.HEALTHCHECK));
		assertThat(compose.split("healthcheck: \\*service-healthcheck\n", -1))
			.hasSize(Services.storeSphere().size() + 1);
		assertThat(ROOT.resolve("infra/compose/mysql/01-service-databases.sh")).isRegularFile().isExecutable();
		assertThat(ROOT.resolve("infra/compose/localstack/ready.d/10-ses-sender.sh")).isRegularFile().isExecutable();
	}

	@Test
	void dockerComposeAcceptsTheComposeFile() throws Exception {
		Path command = dockerCompose();
		Result check = run(command.toString(), "--file", "docker-compose.yml", "config", "-q");
		assertThat(check.exitCode()).as(check.output()).isZero();
		Result services = run(command.toString(), "--file", "docker-compose.yml", "config", "--services");
		assertThat(services.exitCode()).as(services.output()).isZero();
		Set<String> expected = new TreeSet<>(List.of("localstack", "mysql", "topology"));
		Services.storeSphere().forEach((spec) -> expected.add(spec.name()));
		assertThat(
				new TreeSet<>(services.output().lines().map(String::strip).filter((line) -> !line.isEmpty()).toList()))
			.isEqualTo(expected);
		// As docker-compose resolves the anchors: each service's image and health check.
		Result resolved = run(command.toString(), "--file", "docker-compose.yml", "config");
		assertThat(resolved.exitCode()).as(resolved.output()).isZero();
		for (ServiceSpec spec : Services.storeSphere()) {
			assertThat(serviceBlock(resolved.output(), spec.name())).as(spec.name())
				.contains("image: storesphere/" + spec.module() + ":" + VERSION)
				.contains("pull_policy: never")
				.contains("- " + StoreSphereStack.HEALTHCHECK);
		}
	}

	/**
	 * One service's lines of {@code docker-compose config}'s output (indented below it).
	 */
	private static String serviceBlock(String config, String service) {
		List<String> lines = config.lines().toList();
		int start = lines.indexOf("services:");
		int header = (start < 0) ? -1 : lines.subList(start, lines.size()).indexOf("  " + service + ":");
		assertThat(header).as(service + " in docker-compose config").isNotNegative();
		return lines.subList(start + header + 1, lines.size())
			.stream()
			.takeWhile((line) -> line.startsWith("    "))
			.collect(Collectors.joining("\n"));
	}

	private static Path dockerCompose() {
		Optional<Path> found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map((dir) -> Path.of(dir, "docker-compose"))
			.filter(Files::isExecutable)
			.findFirst();
		if (found.isEmpty()) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("docker-compose is not installed; .ci/run installs Debian's package so CI checks the compose file");
			}
			Assumptions.abort("docker-compose is not installed (apt-get install docker-compose): the compose file"
					+ " check is skipped here; CI runs it");
		}
		return found.get();
	}

	private static Result run(String... command) throws Exception {
		Path log = Files.createTempFile("docker-compose", ".log");
		try {
			Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(ROOT.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail("docker-compose did not finish within 120 s");
			}
			return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

	private record Result(int exitCode, String output) {
	}

}
