package io.storesphere.infra.cdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static io.storesphere.infra.cdk.Synthesized.list;
import static io.storesphere.infra.cdk.Synthesized.map;
import static io.storesphere.infra.cdk.Synthesized.properties;
import static io.storesphere.infra.cdk.Synthesized.resource;
import static io.storesphere.infra.cdk.Synthesized.resources;
import static io.storesphere.infra.cdk.Synthesized.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the gateway is reachable from the internet, through the HTTPS load balancer; the
 * database is private and encrypted; no policy anywhere allows a wildcard action.
 */
class ExposureAndSecurityTest {

	private final Map<String, Object> template = Synthesized.stacks().main;

	@Test
	void onlyTheLoadBalancerSecurityGroupIsOpenToTheInternetOnPorts80And443() {
		String loadBalancerGroup = loadBalancerSecurityGroup();
		Set<String> open = new TreeSet<>();
		for (Map.Entry<String, Object> rule : ingressRules()) {
			Map<String, Object> properties = map(rule.getValue());
			if (properties.containsKey("CidrIp") || properties.containsKey("CidrIpv6")) {
				assertThat(rule.getKey()).as("a security group open to an address range").isEqualTo(loadBalancerGroup);
				assertThat(properties.get("CidrIp")).isEqualTo("0.0.0.0/0");
				open.add(properties.get("FromPort") + "-" + properties.get("ToPort"));
			}
		}
		assertThat(open).containsExactly("443-443", "80-80");
	}

	@Test
	void servicesAcceptOnlyTheirCallersAndTheGatewayOnlyTheLoadBalancer() {
		Map<String, String> groups = serviceSecurityGroups();
		Map<String, String> serviceOfGroup = new java.util.HashMap<>();
		groups.forEach((service, group) -> serviceOfGroup.put(group, service));
		serviceOfGroup.put(loadBalancerSecurityGroup(), "load balancer");
		Set<String> allowed = new TreeSet<>();
		for (Map.Entry<String, Object> rule : ingressRules()) {
			String service = serviceOfGroup.get(rule.getKey());
			Map<String, Object> properties = map(rule.getValue());
			if (service == null || "load balancer".equals(service)) {
				continue;
			}
			assertThat(properties).as(service).doesNotContainKeys("CidrIp", "CidrIpv6");
			assertThat(properties.get("FromPort")).isEqualTo(8080);
			allowed.add(serviceOfGroup.get(target(properties.get("SourceSecurityGroupId"))) + " -> " + service);
		}
		assertThat(allowed).containsExactlyInAnyOrder("load balancer -> gateway",
				// the gateway routes to every service
				"gateway -> identity", "gateway -> catalog", "gateway -> cart", "gateway -> checkout",
				"gateway -> notification", "gateway -> analytics",
				// every service fetches identity's public keys
				"catalog -> identity", "cart -> identity", "checkout -> identity", "notification -> identity",
				"analytics -> identity",
				// the synchronous calls at the edge of a use case
				"cart -> catalog", "checkout -> catalog", "checkout -> cart");
	}

	@Test
	void servicesRunInPrivateSubnetsWithoutPublicAddresses() {
		ServicesTest.services(this.template).forEach((name, service) -> {
			Map<String, Object> network = map(map(service.get("NetworkConfiguration")).get("AwsvpcConfiguration"));
			assertThat(network.get("AssignPublicIp")).as(name).isEqualTo("DISABLED");
			List<Object> subnets = list(network.get("Subnets"));
			assertThat(subnets).hasSize(2);
			for (Object subnet : subnets) {
				Map<String, Object> properties = properties(resource(this.template, target(subnet)));
				assertThat(properties.get("MapPublicIpOnLaunch")).as(name).isEqualTo(false);
				assertThat(list(properties.get("Tags")))
					.contains(Map.of("Key", "aws-cdk:subnet-type", "Value", "Private"));
			}
		});
		assertThat(resources(this.template, "AWS::EC2::Subnet")).hasSize(6);
		Set<Object> zones = new TreeSet<>();
		resources(this.template, "AWS::EC2::Subnet").values()
			.forEach((subnet) -> zones.add(properties(subnet).get("AvailabilityZone").toString()));
		assertThat(zones).hasSize(2);
	}

	@Test
	void theLoadBalancerServesHttpsWithTheGivenCertificateAndRedirectsHttp() {
		assertThat(resources(this.template, "AWS::ElasticLoadBalancingV2::LoadBalancer").values()).singleElement()
			.satisfies((balancer) -> assertThat(properties(balancer)).containsEntry("Scheme", "internet-facing"));
		Map<Object, Map<String, Object>> listeners = new java.util.TreeMap<>();
		resources(this.template, "AWS::ElasticLoadBalancingV2::Listener").values()
			.forEach((listener) -> listeners.put(properties(listener).get("Port"), properties(listener)));
		assertThat(listeners).containsOnlyKeys(80, 443);
		assertThat(listeners.get(443)).containsEntry("Protocol", "HTTPS")
			.containsEntry("Certificates", List.of(Map.of("CertificateArn", Map.of("Ref", "CertificateArn"))));
		assertThat(listeners.get(80).get("DefaultActions")).isEqualTo(List.of(Map.of("Type", "redirect",
				"RedirectConfig", Map.of("Protocol", "HTTPS", "Port", "443", "StatusCode", "HTTP_301"))));
		// Only the gateway is a target.
		ServicesTest.services(this.template)
			.forEach((name, service) -> assertThat(service.containsKey("LoadBalancers")).as(name)
				.isEqualTo("gateway".equals(name)));
	}

	@Test
	void theDatabaseIsEncryptedPrivateBackedUpAndOnlyForItsOwners() {
		Map<String, Object> database = properties(
				resources(this.template, "AWS::RDS::DBInstance").values().iterator().next());
		assertThat(database).containsEntry("StorageEncrypted", true)
			.containsEntry("PubliclyAccessible", false)
			.containsEntry("DeletionProtection", true)
			.containsEntry("Engine", "mysql");
		assertThat(database.get("EngineVersion").toString()).startsWith("8.");
		assertThat((Integer) database.get("BackupRetentionPeriod")).isGreaterThanOrEqualTo(7);
		Map<String, Object> subnetGroup = properties(
				resource(this.template, target(database.get("DBSubnetGroupName"))));
		for (Object subnet : list(subnetGroup.get("SubnetIds"))) {
			assertThat(list(properties(resource(this.template, target(subnet))).get("Tags")))
				.contains(Map.of("Key", "aws-cdk:subnet-type", "Value", "Isolated"));
		}
		String databaseGroup = target(list(database.get("VPCSecurityGroups")).get(0));
		Map<String, String> groups = serviceSecurityGroups();
		Set<String> sources = new TreeSet<>();
		for (Map.Entry<String, Object> rule : ingressRules()) {
			if (rule.getKey().equals(databaseGroup)) {
				Map<String, Object> properties = map(rule.getValue());
				assertThat(properties.get("FromPort")).isEqualTo(3306);
				String source = target(properties.get("SourceSecurityGroupId"));
				groups.forEach((service, group) -> {
					if (group.equals(source)) {
						sources.add(service);
					}
				});
			}
		}
		assertThat(sources).containsExactly("analytics", "identity");
		// Separate credentials per service, each in Secrets Manager.
		Set<String> secretNames = new TreeSet<>();
		resources(this.template, "AWS::SecretsManager::Secret").values()
			.forEach((secret) -> secretNames.add((String) properties(secret).get("Name")));
		assertThat(secretNames).contains("prod/storesphere/db-master", "prod/storesphere/db-identity",
				"prod/storesphere/db-analytics");
	}

	@Test
	void noPolicyAnywhereAllowsAWildcardActionOrUsesAManagedFullAccessPolicy() {
		assertThat(statements(this.template)).hasSizeGreaterThan(30);
		for (Map<String, Object> stack : List.of(this.template, Synthesized.stacks().foundation)) {
			List<Map<String, Object>> statements = statements(stack);
			for (Map<String, Object> statement : statements) {
				List<Object> actions = list(statement.get("Action"));
				assertThat(actions).as(statement.toString()).doesNotContain("*").isNotEmpty();
				assertThat(statement).as("NotAction is a wildcard in disguise").doesNotContainKey("NotAction");
				if ("Allow".equals(statement.get("Effect"))) {
					assertThat(actions).as(statement.toString())
						.allSatisfy((action) -> assertThat(action.toString()).doesNotContain("*"));
				}
			}
			resources(stack, "AWS::IAM::Role").values()
				.forEach((role) -> assertThat(String.valueOf(properties(role).get("ManagedPolicyArns")))
					.doesNotContain("FullAccess"));
		}
	}

	/** Every statement of every identity and resource policy in a template. */
	private static List<Map<String, Object>> statements(Map<String, Object> template) {
		List<Map<String, Object>> statements = new ArrayList<>();
		for (Object value : map(template.get("Resources")).values()) {
			Map<String, Object> properties = properties(map(value));
			List<Object> documents = new ArrayList<>();
			documents.add(properties.get("PolicyDocument"));
			list(properties.get("Policies")).forEach((policy) -> documents.add(map(policy).get("PolicyDocument")));
			for (Object document : documents) {
				list(map(document).get("Statement")).forEach((statement) -> statements.add(map(statement)));
			}
		}
		return statements;
	}

	/** Security group logical id to one ingress rule, inline or separate. */
	private List<Map.Entry<String, Object>> ingressRules() {
		List<Map.Entry<String, Object>> rules = new ArrayList<>();
		resources(this.template, "AWS::EC2::SecurityGroup")
			.forEach((id, group) -> list(properties(group).get("SecurityGroupIngress"))
				.forEach((rule) -> rules.add(Map.entry(id, rule))));
		resources(this.template, "AWS::EC2::SecurityGroupIngress").values().forEach((rule) -> {
			Map<String, Object> properties = properties(rule);
			rules.add(Map.entry(target(properties.get("GroupId")), properties));
		});
		return rules;
	}

	private Map<String, String> serviceSecurityGroups() {
		Map<String, String> groups = new java.util.TreeMap<>();
		ServicesTest.services(this.template)
			.forEach((name, service) -> groups.put(name, target(
					list(map(map(service.get("NetworkConfiguration")).get("AwsvpcConfiguration")).get("SecurityGroups"))
						.get(0))));
		return groups;
	}

	private String loadBalancerSecurityGroup() {
		Map<String, Object> balancer = properties(
				resources(this.template, "AWS::ElasticLoadBalancingV2::LoadBalancer").values().iterator().next());
		return target(list(balancer.get("SecurityGroups")).get(0));
	}

}
