package io.storesphere.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets the local run makes up once and keeps in its data folder (the token signing
 * key, the admin password), so a restart keeps them. On AWS these come from Secrets
 * Manager instead.
 */
public final class LocalSecrets {

	private static final Logger log = LoggerFactory.getLogger(LocalSecrets.class);

	private LocalSecrets() {
	}

	/**
	 * The file's content; if there is no file yet, a new secret written readable by its
	 * owner only.
	 */
	public static String readOrCreate(Path file, String what, Supplier<String> generate) {
		try {
			if (Files.isRegularFile(file)) {
				return Files.readString(file);
			}
			String secret = generate.get();
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, secret);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// best effort on file systems without POSIX permissions
			}
			log.info("Created {} in {}", what, file);
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create " + what + " in " + file, ex);
		}
	}

}
