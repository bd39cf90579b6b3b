package io.storesphere.infra.cdk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.constructs.Construct;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.applicationautoscaling.AdjustmentType;
import software.amazon.awscdk.services.applicationautoscaling.BasicStepScalingPolicyProps;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.applicationautoscaling.ScalingInterval;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.AppProtocol;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargatePlatformVersion;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.PropagatedTagSource;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.ecs.ServiceConnectProps;
import software.amazon.awscdk.services.ecs.ServiceConnectService;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sqs.IQueue;

/**
 * One microservice on ECS Fargate: its task role (exactly its {@link TaskPermissions}),
 * log group, task definition with the application container (and {@code db-init} where it
 * owns a database), the service in the private subnets with Service Connect, and its
 * autoscaling.
 *
 * <p>
 * Not a construct of its own: its resources stay where they have always been in the stack
 * ({@code Task-<name>}, {@code Service-<name>}, …), so that their logical ids do not
 * change and CloudFormation updates the running services instead of replacing them.
 */
final class FargateMicroservice {

	private static final int DB_INIT_MEMORY_MIB = 128;

	/**
	 * Headroom in each task for the Service Connect proxy (and db-init where present).
	 */
	private static final int SIDECAR_MEMORY_MIB = 256;

	private final FargateService service;

	/**
	 * @param queues the queues it consumes, whose backlog scales it out
	 */
	FargateMicroservice(Construct scope, ServiceSpec spec, ServicePlatform platform, SecurityGroup securityGroup,
			List<Grant> grants, List<? extends IQueue> queues) {
		Role taskRole = taskRole(scope, spec, grants, platform.resources());
		LogGroup logs = LogGroup.Builder.create(scope, "Logs-" + spec.name())
			.logGroupName("/storesphere/" + platform.environment().name() + "/" + spec.name())
			.retention(RetentionDays.ONE_MONTH)
			.build();
		FargateTaskDefinition task = FargateTaskDefinition.Builder.create(scope, "Task-" + spec.name())
			.family(platform.environment().name() + "-" + spec.name())
			.cpu(spec.cpu())
			.memoryLimitMiB(spec.memoryMiB())
			.taskRole(taskRole)
			// Graviton, cheaper per vCPU-hour than x86; Jib builds every image for both
			// (root pom).
			.runtimePlatform(RuntimePlatform.builder()
				.operatingSystemFamily(OperatingSystemFamily.LINUX)
				.cpuArchitecture(CpuArchitecture.ARM64)
				.build())
			.build();
		int appMemory = spec.memoryMiB() - SIDECAR_MEMORY_MIB;
		ContainerEnvironment environment = ContainerEnvironment.of(spec, platform, grants);
		ContainerDefinition application = task.addContainer("app", ContainerDefinitionOptions.builder()
			.containerName(spec.name())
			.image(ContainerImage.fromEcrRepository(platform.foundation().repository(spec.name()), platform.imageTag()))
			// The JVM takes 75 % of this (MaxRAMPercentage in the image).
			.memoryLimitMiB(appMemory)
			.portMappings(List.of(PortMapping.builder()
				.name("http")
				.containerPort(ServiceSpec.PORT)
				.appProtocol(AppProtocol.getHttp())
				.build()))
			.environment(environment.variables())
			.secrets(environment.secrets())
			.logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix(spec.name()).build()))
			.healthCheck(HealthCheck.builder()
				.command(List.of("CMD", StoreSphereStack.HEALTHCHECK))
				.interval(Duration.seconds(15))
				.timeout(Duration.seconds(5))
				.retries(3)
				.startPeriod(Duration.seconds(120))
				.build())
			// Spring's graceful shutdown finishes in-flight requests first.
			.stopTimeout(Duration.seconds(30))
			.build());
		spec.databaseIfAny().ifPresent((name) -> platform.database().addInitContainer(task, application, name, logs));
		if (appMemory + (spec.databaseIfAny().isPresent() ? DB_INIT_MEMORY_MIB : 0) > spec.memoryMiB()) {
			throw new IllegalStateException(spec.name() + ": containers need more memory than the task has");
		}
		this.service = service(scope, spec, platform, task, securityGroup, logs);
		scale(spec, queues);
	}

	FargateService service() {
		return this.service;
	}

	private static Role taskRole(Construct scope, ServiceSpec spec, List<Grant> grants, ResourceArns resources) {
		Role taskRole = Role.Builder.create(scope, "TaskRole-" + spec.name())
			// Only ECS tasks of this account may assume it (no confused deputy).
			.assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com")
				.withConditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID), "ArnLike",
						Map.of("aws:SourceArn",
								"arn:" + Aws.PARTITION + ":ecs:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":*"))))
			.description("What " + spec.module() + " may call in AWS: its own resources only (TaskPermissions)")
			.build();
		for (Grant grant : grants) {
			grant.statements(resources).forEach(taskRole::addToPrincipalPolicy);
		}
		return taskRole;
	}

	private static FargateService service(Construct scope, ServiceSpec spec, ServicePlatform platform,
			FargateTaskDefinition task, SecurityGroup securityGroup, LogGroup logs) {
		ServiceConnectProps.Builder serviceConnect = ServiceConnectProps.builder()
			.namespace(platform.cluster().getDefaultCloudMapNamespace().getNamespaceArn())
			.logDriver(LogDriver
				.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix("service-connect").build()));
		if (spec.isServiceConnectServer()) {
			// Others call http://<name>:8080, the default of every *_URL setting.
			serviceConnect.services(List.of(ServiceConnectService.builder()
				.portMappingName("http")
				.dnsName(spec.name())
				.port(ServiceSpec.PORT)
				.build()));
		}
		FargateService.Builder service = FargateService.Builder.create(scope, "Service-" + spec.name())
			.serviceName(platform.environment().name() + "-" + spec.name())
			.cluster(platform.cluster())
			.taskDefinition(task)
			.platformVersion(FargatePlatformVersion.LATEST)
			.vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
			.assignPublicIp(false)
			.securityGroups(List.of(securityGroup))
			.minHealthyPercent(100)
			.maxHealthyPercent(200)
			.circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
			.serviceConnectConfiguration(serviceConnect.build())
			.propagateTags(PropagatedTagSource.SERVICE)
			.enableEcsManagedTags(true);
		if (spec.isGateway()) {
			service.healthCheckGracePeriod(Duration.seconds(180));
		}
		return service.build();
	}

	/** CPU for every service; for the consumers also the backlog of their queues. */
	private void scale(ServiceSpec spec, List<? extends IQueue> queues) {
		ScalableTaskCount scaling = this.service.autoScaleTaskCount(
				EnableScalingProps.builder().minCapacity(spec.minTasks()).maxCapacity(spec.maxTasks()).build());
		scaling.scaleOnCpuUtilization("Cpu",
				CpuUtilizationScalingProps.builder()
					.targetUtilizationPercent(60)
					.scaleOutCooldown(Duration.seconds(60))
					.scaleInCooldown(Duration.seconds(300))
					.build());
		if (queues.isEmpty()) {
			return;
		}
		Map<String, IMetric> visible = new LinkedHashMap<>();
		for (int i = 0; i < queues.size(); i++) {
			visible.put("q" + i,
					queues.get(i)
						.metricApproximateNumberOfMessagesVisible(
								MetricOptions.builder().period(Duration.minutes(1)).statistic("Maximum").build()));
		}
		MathExpression backlog = MathExpression.Builder.create()
			.expression(String.join(" + ", visible.keySet()))
			.usingMetrics(visible)
			.label(spec.name() + " queue backlog")
			.period(Duration.minutes(1))
			.build();
		scaling.scaleOnMetric("QueueBacklog",
				BasicStepScalingPolicyProps.builder()
					.metric(backlog)
					.adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY)
					.cooldown(Duration.seconds(120))
					.scalingSteps(List.of(ScalingInterval.builder().upper(0).change(-1).build(),
							ScalingInterval.builder().lower(100).change(1).build(),
							ScalingInterval.builder().lower(1000).change(3).build()))
					.build());
	}

}
