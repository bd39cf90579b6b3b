package io.storesphere.testsupport.mysql;

import java.util.Map;

import io.storesphere.testsupport.AnnotatedTestProperties;

/**
 * Registered in META-INF/spring.factories; gives test classes annotated with
 * {@link UseMySql} a fresh schema.
 */
public class MySqlContextCustomizerFactory extends AnnotatedTestProperties<UseMySql> {

	public MySqlContextCustomizerFactory() {
		super(UseMySql.class, "mysqlTestSchema");
	}

	/** Keyed by test class: each class gets its own context and so its own schema. */
	@Override
	protected Object contextKey(Class<?> testClass) {
		return testClass;
	}

	@Override
	protected Map<String, Object> properties(Class<?> testClass) {
		MySqlServer.Schema schema = MySqlServer.get().createSchema();
		return Map.of("spring.datasource.url", schema.jdbcUrl(), "spring.datasource.username", schema.user(),
				"spring.datasource.password", schema.password());
	}

}
