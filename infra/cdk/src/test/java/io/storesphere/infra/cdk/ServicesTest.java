package io.storesphere.infra.cdk;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.storesphere.topology.Topology;
import org.junit.jupiter.api.Test;

import static io.storesphere.infra.cdk.Synthesized.list;
import static io.storesphere.infra.cdk.Synthesized.map;
import static io.storesphere.infra.cdk.Synthesized.properties;
import static io.storesphere.infra.cdk.Synthesized.render;
import static io.storesphere.infra.cdk.Synthesized.resource;
import static io.storesphere.infra.cdk.Synthesized.resources;
import static io.storesphere.infra.cdk.Synthesized.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The seven Fargate services: sizes, health, deployments, Service Connect, scaling. */
class ServicesTest {

	private static final Set<String> SEVEN = Set.of("gateway", "identity", "catalog", "cart", "checkout",
			"notification", "analytics");

	private final Map<String, Object> template = Synthesized.stacks().main;

	@Test
	void sevenFargateServicesWithCircuitBreakerAndRollback() {
		Map<String, Map<String, Object>> services = services(this.template);
		assertThat(services.keySet()).isEqualTo(new TreeSet<>(SEVEN));
		services.forEach((name, service) -> {
			assertThat(service.get("LaunchType")).as(name).isEqualTo("FARGATE");
			Map<String, Object> deployment = map(service.get("DeploymentConfiguration"));
			assertThat(map(deployment.get("DeploymentCircuitBreaker"))).as(name)
				.containsEntry("Enable", true)
				.containsEntry("Rollback", true);
			assertThat(deployment).as(name).containsEntry("MinimumHealthyPercent", 100);
		});
	}

	@Test
	void tasksAreSizedPerServiceWithTheImageHealthCheck() {
		for (ServiceSpec spec : Services.storeSphere()) {
			Map<String, Object> task = taskDefinition(this.template, spec.name());
			assertThat(task).as(spec.name())
				.containsEntry("Cpu", String.valueOf(spec.cpu()))
				.containsEntry("Memory", String.valueOf(spec.memoryMiB()))
				.containsEntry("NetworkMode", "awsvpc")
				.containsEntry("RequiresCompatibilities", List.of("FARGATE"));
			Map<String, Object> container = applicationContainer(this.template, spec.name());
			assertThat(map(container.get("HealthCheck"))).as(spec.name())
				.containsEntry("Command", List.of("CMD", "/usr/local/bin/healthcheck"));
			assertThat((Integer) container.get("Memory")).as(spec.name()).isLessThan(spec.memoryMiB());
			assertThat(render(this.template, container.get("Image"))).as(spec.name()).endsWith(":{ImageTag}");
			assertThat(map(container.get("LogConfiguration")).get("LogDriver")).isEqualTo("awslogs");
		}
	}

	@Test
	void everyTaskRunsOnGravitonLinux() {
		for (ServiceSpec spec : Services.storeSphere()) {
			assertThat(map(taskDefinition(this.template, spec.name()).get("RuntimePlatform"))).as(spec.name())
				.isEqualTo(Map.of("CpuArchitecture", "ARM64", "OperatingSystemFamily", "LINUX"));
		}
	}

	@Test
	void everyLogGroupKeepsItsEventsForAMonth() {
		Map<String, Map<String, Object>> groups = resources(this.template, "AWS::Logs::LogGroup");
		assertThat(groups).hasSizeGreaterThanOrEqualTo(7);
		groups.values().forEach((group) -> assertThat(properties(group)).containsEntry("RetentionInDays", 30));
	}

	@Test
	void serviceConnectNamesEveryServiceButTheGatewayAsItsUrlsExpect() {
		Map<String, Map<String, Object>> services = services(this.template);
		services.forEach((name, service) -> {
			Map<String, Object> serviceConnect = map(service.get("ServiceConnectConfiguration"));
			assertThat(serviceConnect).as(name).containsEntry("Enabled", true);
			List<Object> endpoints = list(serviceConnect.get("Services"));
			if ("gateway".equals(name)) {
				assertThat(endpoints).isEmpty();
			}
			else {
				assertThat(endpoints).hasSize(1);
				Map<String, Object> endpoint = map(endpoints.get(0));
				assertThat(endpoint.get("PortName")).isEqualTo("http");
				assertThat(list(endpoint.get("ClientAliases"))).containsExactly(Map.of("DnsName", name, "Port", 8080));
			}
		});
		assertThat(environment("gateway")).contains(entry("IDENTITY_URL", "http://identity:8080"),
				entry("CATALOG_URL", "http://catalog:8080"), entry("CART_URL", "http://cart:8080"),
				entry("CHECKOUT_URL", "http://checkout:8080"), entry("NOTIFICATION_URL", "http://notification:8080"),
				entry("ANALYTICS_URL", "http://analytics:8080"));
		assertThat(environment("cart")).contains(entry("CATALOG_URL", "http://catalog:8080"));
		assertThat(environment("checkout")).contains(entry("CART_URL", "http://cart:8080"),
				entry("CATALOG_URL", "http://catalog:8080"));
		for (String name : SEVEN) {
			assertThat(environment(name)).as(name)
				.contains(entry("STORESPHERE_ENVIRONMENT", "prod"), entry("PORT", "8080"));
			if (!"identity".equals(name)) {
				assertThat(environment(name))
					.contains(entry("STORESPHERE_JWKS_URI", "http://identity:8080/.well-known/jwks.json"));
			}
		}
	}

	@Test
	void identityAndAnalyticsGetTheirOwnDatabaseAndCredentialsOthersNone() {
		for (String name : SEVEN) {
			Map<String, String> environment = environment(name);
			Set<String> secrets = secrets(name);
			if ("identity".equals(name) || "analytics".equals(name)) {
				assertThat(environment.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:mysql://")
					.endsWith("/" + name + "?sslMode=REQUIRED");
				assertThat(environment).containsEntry("SPRING_DATASOURCE_USERNAME", name);
				assertThat(secrets).contains("SPRING_DATASOURCE_PASSWORD");
				// The set-up container, with the master credentials, runs first.
				Map<String, Object> application = applicationContainer(this.template, name);
				assertThat(list(application.get("DependsOn")))
					.containsExactly(Map.of("ContainerName", "db-init", "Condition", "SUCCESS"));
			}
			else {
				assertThat(environment).doesNotContainKey("SPRING_DATASOURCE_URL");
				assertThat(secrets).doesNotContain("SPRING_DATASOURCE_PASSWORD");
				assertThat(list(taskDefinition(this.template, name).get("ContainerDefinitions"))).hasSize(1);
			}
		}
		assertThat(secrets("identity")).contains("STORESPHERE_JWT_PRIVATE_KEY", "STORESPHERE_ADMIN_PASSWORD");
		assertThat(environment("identity")).containsEntry("STORESPHERE_ADMIN_EMAIL", "{AdminEmail}");
		assertThat(environment("notification")).containsEntry("STORESPHERE_MAIL_FROM", "orders@{MailDomain}");
	}

	@Test
	void everyServiceScalesOnCpuAndTheConsumersAlsoOnTheirQueueBacklog() {
		Topology topology = Topology.storeSphere();
		Map<String, String> targets = new TreeMap<>();
		resources(this.template, "AWS::ApplicationAutoScaling::ScalableTarget").forEach((id, target) -> {
			String service = Services.storeSphere()
				.stream()
				.filter((spec) -> id.startsWith("Service" + spec.name() + "TaskCountTarget"))
				.findFirst()
				.orElseThrow()
				.name();
			Map<String, Object> properties = properties(target);
			targets.put(service, properties.get("MinCapacity") + ".." + properties.get("MaxCapacity"));
		});
		assertThat(targets).isEqualTo(Services.storeSphere()
			.stream()
			.collect(Collectors.toMap(ServiceSpec::name, (spec) -> spec.minTasks() + ".." + spec.maxTasks(),
					(a, b) -> a, TreeMap::new)));
		Map<String, Map<String, Object>> policies = resources(this.template,
				"AWS::ApplicationAutoScaling::ScalingPolicy");
		for (ServiceSpec spec : Services.storeSphere()) {
			List<Map<String, Object>> own = policies.entrySet()
				.stream()
				.filter((policy) -> policy.getKey().startsWith("Service" + spec.name() + "TaskCountTarget"))
				.map(Map.Entry::getValue)
				.map(Synthesized::properties)
				.toList();
			assertThat(own).as(spec.name())
				.anySatisfy((policy) -> assertThat(map(map(policy.get("TargetTrackingScalingPolicyConfiguration"))
					.get("PredefinedMetricSpecification")))
					.containsEntry("PredefinedMetricType", "ECSServiceAverageCPUUtilization"));
			boolean consumer = !topology.queuesOf(spec.name()).isEmpty();
			assertThat(own.stream().filter((policy) -> "StepScaling".equals(policy.get("PolicyType"))))
				.as(spec.name() + " backlog scaling")
				.hasSize(consumer ? 2 : 0);
		}
	}

	static Map<String, Map<String, Object>> services(Map<String, Object> template) {
		Map<String, Map<String, Object>> services = new TreeMap<>();
		resources(template, "AWS::ECS::Service").values().forEach((service) -> {
			Map<String, Object> properties = properties(service);
			services.put(((String) properties.get("ServiceName")).substring((Synthesized.ENV + "-").length()),
					properties);
		});
		return services;
	}

	static Map<String, Object> taskDefinition(Map<String, Object> template, String service) {
		return properties(resource(template, target(services(template).get(service).get("TaskDefinition"))));
	}

	static Map<String, Object> applicationContainer(Map<String, Object> template, String service) {
		return list(taskDefinition(template, service).get("ContainerDefinitions")).stream()
			.map(Synthesized::map)
			.filter((container) -> service.equals(container.get("Name")))
			.findFirst()
			.orElseThrow();
	}

	private Map<String, String> environment(String service) {
		Map<String, String> environment = new TreeMap<>();
		list(applicationContainer(this.template, service).get("Environment")).forEach((entry) -> environment
			.put((String) map(entry).get("Name"), render(this.template, map(entry).get("Value"))));
		return environment;
	}

	private Set<String> secrets(String service) {
		return list(applicationContainer(this.template, service).get("Secrets")).stream()
			.map((entry) -> (String) map(entry).get("Name"))
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
