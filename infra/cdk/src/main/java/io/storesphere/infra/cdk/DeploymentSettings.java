package io.storesphere.infra.cdk;

import java.util.Arrays;
import java.util.List;

import io.storesphere.topology.Environment;

/**
 * What is fixed when the app is synthesised (CDK context), as opposed to the stack's
 * CloudFormation parameters (image tag, certificate, e-mail addresses), which vary per
 * deployment.
 *
 * @param environment prefixes every resource name: {@code <env>-<base>}
 * @param natGateways one per AZ for resilience, one to save money
 * @param databaseMultiAz a standby RDS instance in the second AZ
 * @param sesSandboxRecipients while SES is in its sandbox it delivers only to verified
 * addresses, and IAM checks the recipients' identities too: these become identities and
 * part of notification's {@code ses:SendEmail} grant
 */
public record DeploymentSettings(Environment environment, int natGateways, boolean databaseMultiAz,
		List<String> sesSandboxRecipients) {

	public DeploymentSettings {
		if (natGateways < 1 || natGateways > 2) {
			throw new IllegalArgumentException("natGateways must be 1 or 2, was " + natGateways);
		}
		sesSandboxRecipients = List.copyOf(sesSandboxRecipients);
	}

	/** Production defaults for an environment. */
	public static DeploymentSettings of(String environment) {
		return new DeploymentSettings(new Environment(environment), 2, false, List.of());
	}

	/**
	 * Reads {@code -c environment=prod -c natGateways=1 -c databaseMultiAz=true
	 * -c sesSandboxRecipients=a@example.com,b@example.com}; absent keys keep the
	 * defaults.
	 */
	public static DeploymentSettings fromContext(java.util.function.Function<String, Object> context) {
		DeploymentSettings defaults = of(text(context.apply("environment"), "prod"));
		String recipients = text(context.apply("sesSandboxRecipients"), "");
		return new DeploymentSettings(defaults.environment(),
				Integer.parseInt(text(context.apply("natGateways"), String.valueOf(defaults.natGateways()))),
				Boolean.parseBoolean(text(context.apply("databaseMultiAz"), "false")),
				Arrays.stream(recipients.split(",")).map(String::trim).filter((value) -> !value.isEmpty()).toList());
	}

	private static String text(Object value, String fallback) {
		return (value != null) ? value.toString() : fallback;
	}

}
