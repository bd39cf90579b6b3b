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

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Dockerfiles and docker-compose.yml at the repository root. The compose file is
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
	void everyServiceImageIsItsOwnLayeredJarRunAsNonRootWithTheProbeEcsUses() throws IOException {
		String reference = null;
		for (ServiceSpec spec : Services.storeSphere()) {
			String dockerfile = Files.readString(ROOT.resolve(spec.module()).resolve("Dockerfile"));
			assertThat(dockerfile).as(spec.module())
				.contains("COPY target/" + spec.module() + "-" + VERSION + ".jar app.jar")
				.contains("java -Djarmode=tools -jar app.jar extract --layers --launcher")
				.contains("org.springframework.boot.loader.launch.JarLauncher")
				.contains("USER 10001:10001")
				.contains("-XX:MaxRAMPercentage=75")
				.contains("EXPOSE 8080")
				.contains("HEALTHCHECK ")
				.contains("CMD [\"" + StoreSphereStack.HEALTHCHECK + "\"]")
				.contains("/actuator/health/liveness");
			assertThat(dockerfile.lines().filter((line) -> line.startsWith("ARG JRE_IMAGE="))).singleElement()
				.satisfies((line) -> assertThat(line)
					.matches("ARG JRE_IMAGE=eclipse-temurin:\\d+\\.\\d+\\.\\d+_\\d+-jre-\\w+"));
			// One template: the seven differ in the module's name only.
			String normalised = dockerfile.replace(spec.module(), "<module>");
			if (reference == null) {
				reference = normalised;
			}
			assertThat(normalised).as(spec.module()).isEqualTo(reference);
		}
	}

	@Test
	void composeRunsLocalStackMySqlTheBootstrapAndTheSevenServicesBuiltFromTheirDirectories() throws IOException {
		String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
		assertThat(compose).contains("image: localstack/localstack:4.12.0")
			.contains("SERVICES: sns,sqs,dynamodb,ses,s3")
			.contains("image: mysql:8.4")
			.contains("./infra/topology/target/topology-0.1.0-SNAPSHOT-exec.jar:/opt/topology.jar:ro")
			.contains("condition: service_completed_successfully")
			.contains("DEV-ONLY SECRETS");
		for (ServiceSpec spec : Services.storeSphere()) {
			assertThat(compose).contains("build: ./" + spec.module());
		}
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
