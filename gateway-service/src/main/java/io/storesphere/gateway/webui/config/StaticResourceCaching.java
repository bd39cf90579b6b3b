package io.storesphere.gateway.webui.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.boot.webflux.autoconfigure.ResourceHandlerRegistrationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;

/**
 * Lets browsers keep the web UI's files: {@code Cache-Control: no-cache} with an ETag
 * taken from the file's content, so a repeat visit revalidates with a 304 instead of
 * downloading everything again, and a new release is seen at once. Setting the header
 * here also keeps Spring Security's default {@code no-store}, which it writes only when a
 * response has no cache header of its own, off these files; API responses keep it.
 * <p>
 * No Last-Modified: the jar's entries carry the build's fixed timestamp, which would call
 * a changed file unmodified.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceCaching {

	@Bean
	ResourceHandlerRegistrationCustomizer revalidatedStaticResources() {
		return (registration) -> registration.setCacheControl(CacheControl.noCache())
			.setUseLastModified(false)
			.setEtagGenerator(StaticResourceCaching::contentHash);
	}

	/** The files are small, so hashing them on each request costs next to nothing. */
	static String contentHash(Resource resource) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(resource.getContentAsByteArray());
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
