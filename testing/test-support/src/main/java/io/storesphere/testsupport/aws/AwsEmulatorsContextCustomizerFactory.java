package io.storesphere.testsupport.aws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.storesphere.localaws.Endpoints;
import io.storesphere.testsupport.TestProperties;
import io.storesphere.topology.Environment;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Registered in META-INF/spring.factories; acts on test classes annotated with
 * {@link UseAwsEmulators}.
 */
public class AwsEmulatorsContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent(UseAwsEmulators.class)) {
			return null;
		}
		return new AwsEmulatorsContextCustomizer();
	}

	/** Stateless, so every context asking for the emulators shares the cache key. */
	private static final class AwsEmulatorsContextCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
				org.springframework.test.context.MergedContextConfiguration mergedConfig) {
			Endpoints endpoints = AwsEmulators.endpoints();
			Environment environment = TestTopology.bootstrapFresh(endpoints);
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("spring.cloud.aws.region.static", Endpoints.REGION);
			properties.put("spring.cloud.aws.credentials.access-key", Endpoints.ACCESS_KEY);
			properties.put("spring.cloud.aws.credentials.secret-key", Endpoints.SECRET_KEY);
			properties.put("spring.cloud.aws.sns.endpoint", endpoints.sns().toString());
			properties.put("spring.cloud.aws.sqs.endpoint", endpoints.sqs().toString());
			properties.put("spring.cloud.aws.ses.endpoint", endpoints.ses().toString());
			properties.put("spring.cloud.aws.dynamodb.endpoint", endpoints.dynamoDb().toString());
			properties.put("spring.cloud.aws.s3.endpoint", endpoints.s3().toString());
			// Emulators serve buckets under their path, not as <bucket>.<host> names.
			properties.put("spring.cloud.aws.s3.path-style-access-enabled", "true");
			properties.put("storesphere.environment", environment.name());
			TestProperties.add(context.getEnvironment(), "awsEmulators", properties);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof AwsEmulatorsContextCustomizer;
		}

		@Override
		public int hashCode() {
			return AwsEmulatorsContextCustomizer.class.hashCode();
		}

	}

}
