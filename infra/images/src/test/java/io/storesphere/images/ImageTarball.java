package io.storesphere.images;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An image as {@code jib:buildTar} writes it ({@code docker load}'s format): its
 * manifest, its configuration and, per layer, the files it holds, read in one pass
 * without unpacking anything to disk. Small files outside the libraries are kept, so a
 * test can read the class path file or the probe.
 */
final class ImageTarball {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final int KEPT_FILE_LIMIT = 64 * 1024;

	private final JsonNode manifest;

	private final JsonNode config;

	private final List<Layer> layers;

	private ImageTarball(JsonNode manifest, JsonNode config, List<Layer> layers) {
		this.manifest = manifest;
		this.config = config;
		this.layers = layers;
	}

	static ImageTarball read(Path tarball) {
		Map<String, byte[]> documents = new HashMap<>();
		Map<String, Layer> blobs = new HashMap<>();
		try (TarArchiveInputStream outer = new TarArchiveInputStream(
				new BufferedInputStream(Files.newInputStream(tarball)))) {
			for (TarArchiveEntry entry = outer.getNextEntry(); entry != null; entry = outer.getNextEntry()) {
				if (entry.getName().endsWith(".tar.gz")) {
					blobs.put(entry.getName(), Layer.read(entry.getName(), entry.getSize(), outer));
				}
				else if (entry.getName().endsWith(".json")) {
					documents.put(entry.getName(), outer.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the image tarball " + tarball, ex);
		}
		JsonNode manifests = parse(documents.get("manifest.json"), tarball + ": manifest.json");
		if (manifests.size() != 1) {
			throw new IllegalStateException(tarball + " holds " + manifests.size() + " images, not one");
		}
		JsonNode manifest = manifests.get(0);
		String configName = manifest.get("Config").asString();
		JsonNode config = parse(documents.get(configName), tarball + ": " + configName);
		List<Layer> layers = new ArrayList<>();
		JsonNode history = config.path("history");
		for (int i = 0; i < manifest.get("Layers").size(); i++) {
			String blob = manifest.get("Layers").get(i).asString();
			Layer layer = blobs.get(blob);
			if (layer == null) {
				throw new IllegalStateException(tarball + " lacks its layer " + blob);
			}
			// Jib writes one history entry per layer, named after what it holds.
			layers.add(layer.named(history.path(i).path("comment").asString("")));
		}
		return new ImageTarball(manifest, config, List.copyOf(layers));
	}

	private static JsonNode parse(byte[] document, String what) {
		if (document == null) {
			throw new IllegalStateException("Missing " + what);
		}
		return JSON.readTree(document);
	}

	List<String> repoTags() {
		List<String> tags = new ArrayList<>();
		this.manifest.path("RepoTags").forEach((tag) -> tags.add(tag.asString()));
		return tags;
	}

	/** The image configuration ({@code architecture}, {@code os}, {@code config}, …). */
	JsonNode config() {
		return this.config;
	}

	/** The process configuration: {@code Entrypoint}, {@code User}, {@code Env}, … */
	JsonNode runConfig() {
		return this.config.path("config");
	}

	List<Layer> layers() {
		return this.layers;
	}

	/** Every file and directory of every layer, the later layer's winning. */
	Map<String, Entry> files() {
		Map<String, Entry> files = new LinkedHashMap<>();
		this.layers.forEach((layer) -> layer.entries().forEach((entry) -> files.put(entry.path(), entry)));
		return files;
	}

	/** The text of a small file outside the libraries. */
	Optional<String> text(String path) {
		return Optional.ofNullable(files().get(path)).map((entry) -> {
			if (entry.content() == null) {
				throw new IllegalStateException(path + " is a library, a directory or too large to be kept");
			}
			return new String(entry.content(), StandardCharsets.UTF_8);
		});
	}

	long compressedSize() {
		return this.layers.stream().mapToLong(Layer::compressedSize).sum();
	}

	/**
	 * One layer: the gzip blob's name and size, what Jib named it ({@code dependencies},
	 * {@code classes}, …) and its files.
	 */
	record Layer(String blob, long compressedSize, String name, List<Entry> entries) {

		static Layer read(String blob, long compressedSize, InputStream in) throws IOException {
			List<Entry> entries = new ArrayList<>();
			// Not closed: closing would close the outer tarball's stream.
			TarArchiveInputStream layer = new TarArchiveInputStream(new GZIPInputStream(in));
			for (TarArchiveEntry entry = layer.getNextEntry(); entry != null; entry = layer.getNextEntry()) {
				String path = "/" + entry.getName().replaceAll("/$", "");
				boolean library = entry.isFile() && path.startsWith("/app/libs/");
				boolean kept = entry.isFile() && !library && entry.getSize() <= KEPT_FILE_LIMIT;
				entries.add(new Entry(path, entry.isDirectory(), entry.getMode() & 07777, entry.getLongUserId(),
						entry.getLongGroupId(), entry.getSize(), kept ? layer.readAllBytes() : null,
						library ? springBootJarType(layer) : null));
			}
			return new Layer(blob, compressedSize, "", List.copyOf(entries));
		}

		/**
		 * What Spring Boot's packaging makes of a library: {@code dependencies-starter}
		 * and {@code annotation-processor} jars stay out of the executable jar. Read from
		 * the manifest at the jar's start, so the rest need not be inflated.
		 */
		private static String springBootJarType(InputStream library) throws IOException {
			// Not closed either: it reads the layer's current entry.
			Manifest manifest = new JarInputStream(library).getManifest();
			String type = (manifest != null) ? manifest.getMainAttributes().getValue("Spring-Boot-Jar-Type") : null;
			return (type != null) ? type : "";
		}

		Layer named(String name) {
			return new Layer(this.blob, this.compressedSize, name, this.entries);
		}

		List<Entry> files() {
			return this.entries.stream().filter((entry) -> !entry.directory()).toList();
		}

	}

	/**
	 * A file or directory in a layer, with its owner and permission bits; {@code content}
	 * only for small files outside the libraries, {@code springBootJarType} only for
	 * libraries (empty when their manifest names none), else {@code null}.
	 */
	record Entry(String path, boolean directory, int mode, long uid, long gid, long size, byte[] content,
			String springBootJarType) {

		boolean writableByGroupOrOthers() {
			return (this.mode & 0022) != 0;
		}

	}

}
