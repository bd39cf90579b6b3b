package io.storesphere.infra.cdk;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static io.storesphere.infra.cdk.Synthesized.properties;
import static io.storesphere.infra.cdk.Synthesized.resources;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is deployed before the services: image repositories and the operator's secrets.
 */
class FoundationStackTest {

	private final Map<String, Object> template = Synthesized.stacks().foundation;

	@Test
	void oneImmutableScannedRepositoryPerServiceAndOneForTheDatabaseSetUp() {
		Set<String> names = new TreeSet<>();
		resources(this.template, "AWS::ECR::Repository").values().forEach((repository) -> {
			Map<String, Object> properties = properties(repository);
			names.add((String) properties.get("RepositoryName"));
			assertThat(properties).containsEntry("ImageTagMutability", "IMMUTABLE")
				.containsEntry("ImageScanningConfiguration", Map.of("ScanOnPush", true));
			assertThat(repository).containsEntry("DeletionPolicy", "Retain");
		});
		assertThat(names).containsExactlyInAnyOrder("prod-gateway-service", "prod-identity-service",
				"prod-catalog-service", "prod-cart-service", "prod-checkout-service", "prod-notification-service",
				"prod-analytics-service", "prod-mysql-client");
	}

	@Test
	void theSigningKeyAndTheGeneratedAdminPasswordLiveInSecretsManager() {
		Map<String, Map<String, Object>> secrets = new java.util.TreeMap<>();
		resources(this.template, "AWS::SecretsManager::Secret").values()
			.forEach((secret) -> secrets.put((String) properties(secret).get("Name"), properties(secret)));
		assertThat(secrets).containsOnlyKeys("prod/storesphere/jwt-signing-key", "prod/storesphere/admin-password");
		assertThat(secrets.get("prod/storesphere/admin-password").toString()).contains("PasswordLength=24")
			.contains("RequireEachIncludedType=true");
		assertThat(this.template.toString()).doesNotContain("BEGIN PRIVATE KEY");
	}

}
