package io.storesphere.testsupport;

import java.util.Map;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/** Where the test-support annotations put their properties. */
public final class TestProperties {

	private static final String[] TEST_OVERRIDES = { "Dynamic Test Properties", "Inlined Test Properties" };

	private TestProperties() {
	}

	/**
	 * Above the application's own configuration, but below a test's
	 * {@code @DynamicPropertySource} and inlined properties, so a test can still point
	 * one endpoint elsewhere (e.g. at a proxy).
	 */
	public static void add(ConfigurableEnvironment environment, String name, Map<String, Object> properties) {
		MutablePropertySources sources = environment.getPropertySources();
		MapPropertySource source = new MapPropertySource(name, properties);
		for (String override : TEST_OVERRIDES) {
			if (sources.contains(override)) {
				sources.addAfter(override, source);
				return;
			}
		}
		sources.addFirst(source);
	}

}
