package io.storesphere.infra.cdk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.storesphere.topology.Environment;
import software.constructs.Construct;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.TagMutability;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;

/**
 * What must exist before the services can start, deployed first: an ECR repository per
 * service (and one for the MySQL client image that creates the databases), the token
 * signing key's secret (filled in by the operator: Secrets Manager cannot generate an RSA
 * key) and the generated admin password.
 */
public class FoundationStack extends Stack {

	/** The MySQL client image ({@code mysql:8.4}, mirrored) the database set-up runs. */
	public static final String DB_INIT_REPOSITORY = "mysql-client";

	/** The mirrored client image's tag. */
	public static final String DB_INIT_TAG = "8.4";

	private final Map<String, Repository> repositories = new LinkedHashMap<>();

	private final Secret jwtSigningKey;

	private final Secret adminPassword;

	public FoundationStack(Construct scope, String id, StackProps props, Environment environment,
			List<ServiceSpec> services) {
		super(scope, id, props);
		for (ServiceSpec service : services) {
			this.repositories.put(service.name(), repository(environment, service.module()));
		}
		this.repositories.put(DB_INIT_REPOSITORY, repository(environment, DB_INIT_REPOSITORY));

		this.jwtSigningKey = Secret.Builder.create(this, "JwtSigningKey")
			.secretName(environment.name() + "/storesphere/jwt-signing-key")
			.description("identity's RS256 token signing key: an RSA private key in PKCS#8 PEM. The generated"
					+ " value is a placeholder; put the key before deploying the services (infra/README.md).")
			.removalPolicy(RemovalPolicy.RETAIN)
			.build();
		this.adminPassword = Secret.Builder.create(this, "AdminPassword")
			.secretName(environment.name() + "/storesphere/admin-password")
			.description("The bootstrapped administrator's password (identity-service)")
			.generateSecretString(SecretStringGenerator.builder()
				.passwordLength(24)
				.requireEachIncludedType(true)
				.excludeCharacters("\"'\\`$")
				.build())
			.removalPolicy(RemovalPolicy.RETAIN)
			.build();

		this.repositories.forEach((name, repository) -> CfnOutput.Builder.create(this, "RepositoryUri-" + name)
			.description("ECR repository of " + name)
			.value(repository.getRepositoryUri())
			.build());
		CfnOutput.Builder.create(this, "JwtSigningKeySecret").value(this.jwtSigningKey.getSecretName()).build();
		CfnOutput.Builder.create(this, "AdminPasswordSecret").value(this.adminPassword.getSecretName()).build();
	}

	private Repository repository(Environment environment, String name) {
		return Repository.Builder.create(this, "Repository-" + name)
			.repositoryName(environment.name() + "-" + name)
			// Deployments name an image by an immutable tag (the commit), never "latest".
			.imageTagMutability(TagMutability.IMMUTABLE)
			.imageScanOnPush(true)
			.lifecycleRules(
					List.of(LifecycleRule.builder().description("keep the last 30 images").maxImageCount(30).build()))
			.removalPolicy(RemovalPolicy.RETAIN)
			.build();
	}

	public Repository repository(String name) {
		return this.repositories.get(name);
	}

	public Secret jwtSigningKey() {
		return this.jwtSigningKey;
	}

	public Secret adminPassword() {
		return this.adminPassword;
	}

}
