package io.storesphere.testsupport.security;

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
 * {@link UseTestTokens}.
 */
public class TestTokensContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent(UseTestTokens.class)) {
			return null;
		}
		return new TestTokensContextCustomizer();
	}

	private static final class TestTokensContextCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			Map<String, Object> properties = Map.of("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
					TestTokens.get().jwksUri(), "spring.security.oauth2.resourceserver.jwt.issuer-uri",
					TestTokens.ISSUER);
			TestProperties.add(context.getEnvironment(), "testTokens", properties);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestTokensContextCustomizer;
		}

		@Override
		public int hashCode() {
			return TestTokensContextCustomizer.class.hashCode();
		}

	}

}
