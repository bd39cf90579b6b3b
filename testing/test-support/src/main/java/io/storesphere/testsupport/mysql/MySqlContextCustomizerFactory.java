package io.storesphere.testsupport.mysql;

import java.util.List;
import java.util.Map;

import io.storesphere.testsupport.TestProperties;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Registered in META-INF/spring.factories; acts on test classes annotated with
 * {@link UseMySql}.
 */
public class MySqlContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent(UseMySql.class)) {
			return null;
		}
		return new MySqlContextCustomizer(testClass);
	}

	/** Keyed by test class: each class gets its own context and so its own schema. */
	private record MySqlContextCustomizer(Class<?> testClass) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			MySqlServer.Schema schema = MySqlServer.get().createSchema();
			Map<String, Object> properties = Map.of("spring.datasource.url", schema.jdbcUrl(),
					"spring.datasource.username", schema.user(), "spring.datasource.password", schema.password());
			TestProperties.add(context.getEnvironment(), "mysqlTestSchema", properties);
		}

	}

}
