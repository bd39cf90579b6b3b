package io.storesphere.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.storesphere.images.ImageTarball.Entry;
import io.storesphere.images.ImageTarball.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service's image as Jib builds it, for each platform, read from the tarball the
 * service wrote in {@code pre-integration-test}. No registry is reachable here, so these
 * images sit on an empty base instead of the JRE image (their tag says so); everything
 * Jib adds, which is everything this project decides, is checked: the entry point and its
 * class path, the user, the port, the layers and the probe.
 */
class ServiceImagesIT {

	private static final String HEALTHCHECK = "/usr/local/bin/healthcheck";

	/** Jib's layers in its order: what changes least comes first. */
	private static final List<String> LAYER_ORDER = List.of("dependencies", "snapshot dependencies",
			"project dependencies", "resources", "classes", "jvm arg files", "extra files");

	static Stream<Arguments> images() {
		return Images.SERVICES.stream()
			.flatMap((module) -> Images.PLATFORMS.stream().map((platform) -> Arguments.of(module, platform)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("images")
	void isTheServiceForItsPlatformTaggedAsTheEmptyBasedCheckImage(String module, String platform) {
		ImageTarball image = image(module, platform);
		assertThat(image.repoTags()).containsExactly("storesphere/" + module + ":" + Images.VERSION + "-scratch");
		assertThat(image.config().path("os").asString() + "/" + image.config().path("architecture").asString())
			.isEqualTo(platform);
		assertThat(image.runConfig().path("Labels").path("org.opencontainers.image.title").asString())
			.isEqualTo(module);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("images")
	void runsAsAnUnprivilegedUserOnPort8080(String module, String platform) {
		JsonNode run = image(module, platform).runConfig();
		assertThat(run.path("User").asString()).isEqualTo("10001:10001");
		assertThat(fieldNames(run.path("ExposedPorts"))).containsExactly("8080/tcp");
		assertThat(strings(run.path("Env"))).contains("PORT=8080");
		assertThat(run.path("WorkingDir").asString()).isEqualTo("/app");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("images")
	void startsItsOwnMainClassWithAHeapThatFollowsTheContainerLimit(String module, String platform) {
		ImageTarball image = image(module, platform);
		String mainClass = image.text("/app/jib-main-class-file").orElseThrow().strip();
		assertThat(mainClass).startsWith("io.storesphere." + module.replace("-service", "") + ".");
		assertThat(strings(image.runConfig().path("Entrypoint"))).containsExactly("java", "-XX:MaxRAMPercentage=75",
				"-XX:+ExitOnOutOfMemoryError", "-XX:TrimNativeHeapInterval=5000", "-cp", "@/app/jib-classpath-file",
				mainClass);
		assertThat(image.files()).containsKey("/app/classes/" + mainClass.replace('.', '/') + ".class");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("images")
	void findsEveryClassPathEntryAndRunsTheLibrariesOfTheServicesJar(String module, String platform)
			throws IOException {
		ImageTarball image = image(module, platform);
		List<String> classPath = List.of(image.text("/app/jib-classpath-file").orElseThrow().strip().split(":"));
		assertThat(classPath).startsWith("/app/resources", "/app/classes");
		assertThat(classPath).allSatisfy((entry) -> assertThat(image.files()).containsKey(entry));
		Set<String> libraries = classPath.stream()
			.filter((entry) -> entry.startsWith("/app/libs/"))
			.map((entry) -> entry.substring("/app/libs/".length()))
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> jarLibraries = librariesOfTheBootJar(module);
		assertThat(libraries).as("what the executable jar runs, Jib's image runs too").containsAll(jarLibraries);
		// Boot drops starters (no classes) and annotation processors; Jib does not.
		assertThat(libraries.stream().filter((library) -> !jarLibraries.contains(library))).allSatisfy(
				(library) -> assertThat(image.files().get("/app/libs/" + library).springBootJarType()).as(library)
					.isIn("dependencies-starter", "annotation-processor"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("images")
	void layersWhatChangesLeastFirstEachHoldingItsOwnPart(String module, String platform) {
		List<Layer> layers = image(module, platform).layers();
		List<String> names = layers.stream().map(Layer::name).toList();
		assertThat(LAYER_ORDER).containsSubsequence(names);
		assertThat(names).contains("dependencies", "resources", "classes", "jvm arg files", "extra files");
		for (Layer layer : layers) {
			String home = switch (layer.name()) {
				case "dependencies", "snapshot dependencies", "project dependencies" -> "/app/libs/";
				case "resources" -> "/app/resources/";
				case "classes" -> "/app/classes/";
				case "jvm arg files" -> "/app/jib-";
				default -> "/usr/local/bin/";
			};
			assertThat(layer.files()).as(layer.name())
				.isNotEmpty()
				.allSatisfy((file) -> assertThat(file.path()).as(layer.name()).startsWith(home));
		}
		// The project's own libraries change with its code: not with third parties'.
		Layer dependencies = layers.get(names.indexOf("dependencies"));
		assertThat(dependencies.files()).noneSatisfy(
				(file) -> assertThat(file.path()).containsAnyOf("/service-starter-", "/shared-events-", "SNAPSHOT"));
		assertThat(dependencies.compressedSize()).as("the third-party libraries are the bulk")
			.isGreaterThan(layers.get(names.indexOf("classes")).compressedSize() * 10);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("images")
	void carriesTheLivenessProbeTheHealthChecksRun(String module, String platform) throws IOException {
		ImageTarball image = image(module, platform);
		Entry probe = image.files().get(HEALTHCHECK);
		assertThat(probe).isNotNull();
		assertThat(probe.mode()).isEqualTo(0755);
		assertThat(image.text(HEALTHCHECK).orElseThrow())
			.isEqualTo(Files.readString(Images.ROOT.resolve("infra/images/files" + HEALTHCHECK)))
			.startsWith("#!/bin/bash\n")
			.contains("/actuator/health/liveness");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("images")
	void leavesTheUserItRunsAsNoFileToChange(String module, String platform) {
		Map<String, Entry> files = image(module, platform).files();
		assertThat(files.values()).isNotEmpty().allSatisfy((entry) -> {
			assertThat(entry.uid()).as(entry.path()).isZero();
			assertThat(entry.gid()).as(entry.path()).isZero();
			assertThat(entry.writableByGroupOrOthers()).as(entry.path()).isFalse();
		});
	}

	private static ImageTarball image(String module, String platform) {
		Path tarball = Images.tarball(module, platform);
		assertThat(tarball)
			.as("the image tarball that " + module
					+ "'s check-image executions (root pom) write in pre-integration-test: run mvn verify")
			.isRegularFile();
		return Images.read(module, platform);
	}

	private static Set<String> librariesOfTheBootJar(String module) throws IOException {
		Path jar = Images.ROOT.resolve(module).resolve("target").resolve(module + "-" + Images.VERSION + ".jar");
		try (JarFile boot = new JarFile(jar.toFile())) {
			return boot.stream()
				.map((entry) -> entry.getName())
				.filter((name) -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
				.map((name) -> name.substring("BOOT-INF/lib/".length()))
				// The jar's own extraction tool (java -Djarmode=tools), not part of the
				// application.
				.filter((name) -> !name.startsWith("spring-boot-jarmode-tools-"))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	private static List<String> fieldNames(JsonNode object) {
		return new ArrayList<>(object.propertyNames());
	}

}
