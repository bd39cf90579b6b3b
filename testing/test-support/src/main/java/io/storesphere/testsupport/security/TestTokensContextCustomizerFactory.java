package io.storesphere.testsupport.security;

import java.util.Map;

import io.storesphere.testsupport.AnnotatedTestProperties;

/**
 * Registered in META-INF/spring.factories; points the resource server of test classes
 * annotated with {@link UseTestTokens} at the test token issuer.
 */
public class TestTokensContextCustomizerFactory extends AnnotatedTestProperties<UseTestTokens> {

	public TestTokensContextCustomizerFactory() {
		super(UseTestTokens.class, "testTokens");
	}

	@Override
	protected Map<String, Object> properties(Class<?> testClass) {
		return Map.of("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens.get().jwksUri(),
				"spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER);
	}

}
