package io.storesphere.localaws;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository root, which holds the emulators' npm package.
 */
public final class StoreSphereHome {

	/** Overrides the search, e.g. when the tools run from outside the repository. */
	public static final String PROPERTY = "storesphere.home";

	static final String NODE_PACKAGE = "testing/local-aws/src/main/node";

	private StoreSphereHome() {
	}

	public static Path find() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve(NODE_PACKAGE).resolve("package.json"))) {
				return dir;
			}
		}
		throw new IllegalStateException("Cannot find the StoreSphere repository above " + Path.of("").toAbsolutePath()
				+ ". Run from inside the repository or pass -D" + PROPERTY + "=<repository root>.");
	}

}
