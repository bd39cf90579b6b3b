package io.storesphere.infra.cdk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.storesphere.infra.cdk.Grant.Publish;
import io.storesphere.infra.cdk.Grant.S3Objects;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.ecs.Secret;

/**
 * The variables and secrets a service's application container starts with: where its
 * callees, its topics, its bucket and its database are, and (identity) the keys it signs
 * with. The secrets reach the task's execution role only, never its task role.
 *
 * @param variables in the order the container definition lists them
 * @param secrets in the order the container definition lists them
 */
record ContainerEnvironment(Map<String, String> variables, Map<String, Secret> secrets) {

	static ContainerEnvironment of(ServiceSpec spec, ServicePlatform platform, List<Grant> grants) {
		return new ContainerEnvironment(Collections.unmodifiableMap(variables(spec, platform, grants)),
				Collections.unmodifiableMap(secrets(spec, platform)));
	}

	private static Map<String, String> variables(ServiceSpec spec, ServicePlatform platform, List<Grant> grants) {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("STORESPHERE_ENVIRONMENT", platform.environment().name());
		variables.put("SPRING_CLOUD_AWS_REGION_STATIC", Aws.REGION);
		variables.put("PORT", String.valueOf(ServiceSpec.PORT));
		if (spec.validatesTokensWithJwks()) {
			variables.put("STORESPHERE_JWKS_URI", "http://identity:" + ServiceSpec.PORT + "/.well-known/jwks.json");
		}
		for (String callee : spec.calls()) {
			variables.put(callee.toUpperCase(Locale.ROOT) + "_URL", "http://" + callee + ":" + ServiceSpec.PORT);
		}
		for (Grant grant : grants) {
			// The topic's ARN spares the publisher sns:ListTopics, which IAM grants on
			// every
			// topic or none; the bucket's name is CloudFormation's choice.
			if (grant instanceof Publish publish && publish.arnVariable() != null) {
				variables.put(publish.arnVariable(), platform.resources().topicArn(publish.topic()));
			}
			if (grant instanceof S3Objects objects) {
				variables.put(objects.nameVariable(), platform.resources().bucketName(objects.bucket()));
			}
		}
		spec.databaseIfAny().ifPresent((name) -> {
			variables.put("SPRING_DATASOURCE_URL", platform.database().jdbcUrl(name));
			variables.put("SPRING_DATASOURCE_USERNAME", name);
		});
		if ("identity".equals(spec.name())) {
			variables.put("STORESPHERE_ADMIN_EMAIL", platform.adminEmail());
		}
		if ("notification".equals(spec.name())) {
			variables.put("STORESPHERE_MAIL_FROM", "orders@" + platform.mailDomain());
			variables.put("STORESPHERE_MAIL_REPLY_TO", "support@" + platform.mailDomain());
		}
		return variables;
	}

	private static Map<String, Secret> secrets(ServiceSpec spec, ServicePlatform platform) {
		Map<String, Secret> secrets = new LinkedHashMap<>();
		spec.databaseIfAny()
			.ifPresent((name) -> secrets.put("SPRING_DATASOURCE_PASSWORD", platform.database().password(name)));
		if ("identity".equals(spec.name())) {
			FoundationStack foundation = platform.foundation();
			secrets.put("STORESPHERE_JWT_PRIVATE_KEY", Secret.fromSecretsManager(foundation.jwtSigningKey()));
			secrets.put("STORESPHERE_ADMIN_PASSWORD", Secret.fromSecretsManager(foundation.adminPassword()));
		}
		return secrets;
	}

}
