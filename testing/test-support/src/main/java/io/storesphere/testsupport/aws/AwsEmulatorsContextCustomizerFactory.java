package io.storesphere.testsupport.aws;

import java.util.LinkedHashMap;
import java.util.Map;

import io.storesphere.localaws.Endpoints;
import io.storesphere.testsupport.AnnotatedTestProperties;
import io.storesphere.topology.Environment;

/**
 * Registered in META-INF/spring.factories; gives test classes annotated with
 * {@link UseAwsEmulators} the emulators and a freshly bootstrapped topology. Every such
 * class shares the cached context key, so classes with the same configuration share a
 * context.
 */
public class AwsEmulatorsContextCustomizerFactory extends AnnotatedTestProperties<UseAwsEmulators> {

	public AwsEmulatorsContextCustomizerFactory() {
		super(UseAwsEmulators.class, "awsEmulators");
	}

	@Override
	protected Map<String, Object> properties(Class<?> testClass) {
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
		return properties;
	}

}
