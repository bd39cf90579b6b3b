package io.storesphere.infra.cdk;

import java.util.Map;

import io.storesphere.topology.Topology;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app: {@code cdk synth} / {@code cdk deploy} run this (see cdk.json), and the
 * tests call {@link #build(App, DeploymentSettings)} the same way.
 *
 * <pre>
 * cdk deploy prod-storesphere-foundation -c environment=prod
 * cdk deploy prod-storesphere -c environment=prod --parameters ImageTag=... --parameters CertificateArn=...
 * </pre>
 */
public final class StoreSphereApp {

	/**
	 * Feature flags fixed in code, so that a synth by the tests and a deploy by the CLI
	 * agree without a cdk.json context block.
	 */
	public static final Map<String, Object> FEATURE_FLAGS = Map.of(
			// Autoscaling owns the task count; a deployment must not reset it.
			"@aws-cdk/aws-ecs:removeDefaultDesiredCount", true,
			// The VPC's default security group allows nothing.
			"@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", true, "@aws-cdk/aws-iam:minimizePolicies", true,
			"@aws-cdk/aws-ecs:disableExplicitDeploymentControllerForCircuitBreaker", true);

	private StoreSphereApp() {
	}

	public static void main(String[] args) {
		App app = newApp();
		DeploymentSettings settings = DeploymentSettings.fromContext((key) -> app.getNode().tryGetContext(key));
		build(app, settings);
		app.synth();
	}

	public static App newApp() {
		return new App(AppProps.builder().context(FEATURE_FLAGS).build());
	}

	/** Both stacks of one environment. */
	public static Stacks build(App app, DeploymentSettings settings) {
		String prefix = settings.environment().name() + "-storesphere";
		FoundationStack foundation = new FoundationStack(app, prefix + "-foundation",
				StackProps.builder()
					.description("StoreSphere " + settings.environment().name()
							+ ": image repositories and operator-supplied secrets")
					.build(),
				settings.environment(), Services.storeSphere());
		StoreSphereStack main = new StoreSphereStack(app, prefix,
				StackProps.builder()
					.description("StoreSphere " + settings.environment().name()
							+ ": network, services, data stores, messaging and monitoring")
					.build(),
				settings, foundation, Topology.storeSphere(), Services.storeSphere(), TaskPermissions.storeSphere());
		main.addStackDependency(foundation);
		return new Stacks(foundation, main);
	}

	/** The two stacks of one environment. */
	public record Stacks(FoundationStack foundation, StoreSphereStack main) {

	}

}
