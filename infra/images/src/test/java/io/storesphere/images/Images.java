package io.storesphere.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where the services' image tarballs are, and which there must be. */
final class Images {

	static final Path ROOT = Path.of(System.getProperty("storesphere.root", "../..")).toAbsolutePath().normalize();

	static final String VERSION = System.getProperty("storesphere.version", "0.1.0-SNAPSHOT");

	/** The modules that are container images: DESIGN.md's seven services. */
	static final List<String> SERVICES = List.of("gateway-service", "identity-service", "catalog-service",
			"cart-service", "checkout-service", "notification-service", "analytics-service");

	/** What the production images are built for: x86 machines and Graviton (ECS). */
	static final List<String> PLATFORMS = List.of("linux/amd64", "linux/arm64");

	private static final Map<Path, ImageTarball> READ = new ConcurrentHashMap<>();

	private Images() {
	}

	/** The tarball the root pom's {@code check-image-<arch>} execution writes. */
	static Path tarball(String module, String platform) {
		return ROOT.resolve(module).resolve("target/check-image").resolve(platform.replace('/', '-') + ".tar");
	}

	/** Read once per test JVM: every test of an image looks at the same tarball. */
	static ImageTarball read(String module, String platform) {
		return READ.computeIfAbsent(tarball(module, platform), ImageTarball::read);
	}

}
