package io.storesphere.infra.cdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.storesphere.events.Topics;
import io.storesphere.infra.cdk.TaskPermissions.Grant;
import io.storesphere.infra.cdk.TaskPermissions.Publish;
import io.storesphere.infra.cdk.TaskPermissions.S3Objects;
import io.storesphere.topology.Environment;
import io.storesphere.topology.QueueSpec;
import io.storesphere.topology.Topology;
import software.constructs.Construct;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.applicationautoscaling.AdjustmentType;
import software.amazon.awscdk.services.applicationautoscaling.BasicStepScalingPolicyProps;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.applicationautoscaling.ScalingInterval;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.AppProtocol;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.CloudMapNamespaceOptions;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargatePlatformVersion;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LoadBalancerTargetOptions;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.PropagatedTagSource;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.ecs.ServiceConnectProps;
import software.amazon.awscdk.services.ecs.ServiceConnectService;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancerRedirectConfig;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.FixedResponseOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCondition;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.Identity;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.Queue;

/**
 * StoreSphere on AWS: a VPC over two AZs, one ECS Fargate service per microservice
 * (Service Connect between them), an HTTPS load balancer in front of the gateway only,
 * RDS MySQL for identity and analytics, the topology's topics, queues and tables, SES,
 * alarms and a dashboard. Images and the operator-supplied secrets come from the
 * {@link FoundationStack}.
 */
public class StoreSphereStack extends Stack {

	/** The script every image carries; see each service's Dockerfile. */
	public static final String HEALTHCHECK = "/usr/local/bin/healthcheck";

	private static final int DB_INIT_MEMORY_MIB = 128;

	/**
	 * Headroom in each task for the Service Connect proxy (and db-init where present).
	 */
	private static final int SIDECAR_MEMORY_MIB = 256;

	private final DeploymentSettings settings;

	private final Environment environment;

	private final TopologyResources topology;

	private final Map<String, FargateService> services = new LinkedHashMap<>();

	private final Map<String, SecurityGroup> securityGroups = new LinkedHashMap<>();

	private final List<IAlarm> alarms = new ArrayList<>();

	private final List<String> sesIdentityArns = new ArrayList<>();

	private final CfnParameter imageTag;

	private final CfnParameter adminEmail;

	private final CfnParameter mailDomain;

	public StoreSphereStack(Construct scope, String id, StackProps props, DeploymentSettings settings,
			FoundationStack foundation, Topology topology, List<ServiceSpec> serviceSpecs,
			Map<String, List<Grant>> grants) {
		super(scope, id, props);
		this.settings = settings;
		this.environment = settings.environment();
		TaskPermissions.check(topology, grants);
		Tags.of(this).add("project", "storesphere");
		Tags.of(this).add("environment", this.environment.name());

		this.imageTag = parameter("ImageTag", "The image tag to run from every service's ECR repository, e.g."
				+ " the commit id the images were built from", "[A-Za-z0-9._-]{1,128}");
		CfnParameter certificateArn = parameter("CertificateArn",
				"ARN of the ACM certificate the load balancer serves HTTPS with", "arn:aws[a-z-]*:acm:.+");
		this.adminEmail = parameter("AdminEmail", "E-mail address of the bootstrapped administrator account",
				"[^@\\s]+@[^@\\s]+");
		CfnParameter adminAlertEmail = parameter("AdminAlertEmail",
				"Receives the admin-alerts topic (low stock) by e-mail", "[^@\\s]+@[^@\\s]+");
		CfnParameter opsAlarmEmail = parameter("OpsAlarmEmail", "Receives CloudWatch alarms by e-mail",
				"[^@\\s]+@[^@\\s]+");
		this.mailDomain = parameter("MailDomain",
				"Domain receipts are sent from (orders@<domain>); verified in SES through its DKIM records",
				"[a-z0-9.-]+\\.[a-z]{2,}");

		Vpc vpc = network();
		this.topology = new TopologyResources(this, "Topology", topology, this.environment);
		this.topology.topic(Topics.ADMIN_ALERTS)
			.addSubscription(new EmailSubscription(adminAlertEmail.getValueAsString()));
		EmailIdentity mailIdentity = mail();
		Topic opsAlarms = Topic.Builder.create(this, "OpsAlarms")
			.topicName(this.environment.topicName("ops-alarms"))
			.build();
		opsAlarms.addSubscription(new EmailSubscription(opsAlarmEmail.getValueAsString()));

		List<String> databases = serviceSpecs.stream()
			.map(ServiceSpec::database)
			.filter(java.util.Objects::nonNull)
			.toList();
		Database database = new Database(this, "Database", this.environment, vpc, settings.databaseMultiAz(), databases,
				foundation.repository(FoundationStack.DB_INIT_REPOSITORY));

		Cluster cluster = Cluster.Builder.create(this, "Cluster")
			.clusterName(this.environment.name() + "-storesphere")
			.vpc(vpc)
			.containerInsightsV2(ContainerInsights.ENHANCED)
			.defaultCloudMapNamespace(CloudMapNamespaceOptions.builder()
				.name(this.environment.name() + ".storesphere.internal")
				.type(software.amazon.awscdk.services.servicediscovery.NamespaceType.HTTP)
				.useForServiceConnect(true)
				.build())
			.build();

		OwnResources resources = ownResources();
		for (ServiceSpec spec : serviceSpecs) {
			this.securityGroups.put(spec.name(),
					SecurityGroup.Builder.create(this, "SecurityGroup-" + spec.name())
						.vpc(vpc)
						.description(spec.module() + " tasks")
						.allowAllOutbound(true)
						.build());
		}
		for (ServiceSpec spec : serviceSpecs) {
			allowCalls(spec);
			FargateService service = service(spec, cluster, foundation, database, grants.get(spec.name()), resources);
			this.services.put(spec.name(), service);
			spec.databaseIfAny()
				.ifPresent((name) -> database.allowFrom(this.securityGroups.get(spec.name()), spec.module()));
			scale(spec, service, topology.queuesOf(spec.name()));
		}

		ApplicationLoadBalancer loadBalancer = loadBalancer(vpc, certificateArn, this.services.get("gateway"));
		alarms(loadBalancer, opsAlarms);
		dashboard(loadBalancer, database);

		CfnOutput.Builder.create(this, "LoadBalancerDns")
			.description("Point the site's DNS name (CNAME or alias) here")
			.value(loadBalancer.getLoadBalancerDnsName())
			.build();
		List<software.amazon.awscdk.services.ses.DkimRecord> dkim = mailIdentity.getDkimRecords();
		for (int i = 0; i < dkim.size(); i++) {
			CfnOutput.Builder.create(this, "DkimRecord" + (i + 1))
				.description("A CNAME to add to the mail domain's DNS so that SES verifies it")
				.value(dkim.get(i).getName() + " CNAME " + dkim.get(i).getValue())
				.build();
		}
	}

	private CfnParameter parameter(String name, String description, String pattern) {
		return CfnParameter.Builder.create(this, name)
			.type("String")
			.description(description)
			.allowedPattern(pattern)
			.build();
	}

	private Vpc network() {
		return Vpc.Builder.create(this, "Network")
			.ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
			.maxAzs(2)
			.natGateways(this.settings.natGateways())
			.subnetConfiguration(List.of(
					SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC).cidrMask(24).build(),
					SubnetConfiguration.builder()
						.name("services")
						.subnetType(SubnetType.PRIVATE_WITH_EGRESS)
						.cidrMask(22)
						.build(),
					SubnetConfiguration.builder()
						.name("data")
						.subnetType(SubnetType.PRIVATE_ISOLATED)
						.cidrMask(24)
						.build()))
			// DynamoDB and the ECR image layers (S3) without the NAT gateways' traffic
			// charges.
			.gatewayEndpoints(Map.of("DynamoDb",
					GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.DYNAMODB).build(), "S3",
					GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.S3).build()))
			.build();
	}

	private EmailIdentity mail() {
		EmailIdentity domain = EmailIdentity.Builder.create(this, "MailIdentity")
			.identity(Identity.domain(this.mailDomain.getValueAsString()))
			.build();
		this.sesIdentityArns.add(domain.getEmailIdentityArn());
		for (String recipient : this.settings.sesSandboxRecipients()) {
			EmailIdentity verified = EmailIdentity.Builder
				.create(this, "SandboxRecipient-" + recipient.replaceAll("[^A-Za-z0-9]", "-"))
				.identity(Identity.email(recipient))
				.build();
			this.sesIdentityArns.add(verified.getEmailIdentityArn());
		}
		return domain;
	}

	private OwnResources ownResources() {
		TopologyResources resources = this.topology;
		List<String> sesArns = this.sesIdentityArns;
		return new OwnResources() {

			@Override
			public String tableArn(String baseName) {
				return resources.table(baseName).getTableArn();
			}

			@Override
			public boolean tableHasIndexes(String baseName) {
				return resources.tableHasIndexes(baseName);
			}

			@Override
			public String queueArn(String baseName) {
				return resources.queue(baseName).getQueueArn();
			}

			@Override
			public String topicArn(String baseName) {
				return resources.topic(baseName).getTopicArn();
			}

			@Override
			public String bucketArn(String baseName) {
				return resources.bucket(baseName).getBucketArn();
			}

			@Override
			public String bucketName(String baseName) {
				return resources.bucket(baseName).getBucketName();
			}

			@Override
			public List<String> sesIdentityArns() {
				return sesArns;
			}

		};
	}

	/**
	 * Opens the callee's port to its callers: the HTTP calls, and every service's JWKS
	 * fetch from identity.
	 */
	private void allowCalls(ServiceSpec caller) {
		List<String> callees = new ArrayList<>(caller.calls());
		if (caller.validatesTokensWithJwks() && !callees.contains("identity")) {
			callees.add("identity");
		}
		for (String callee : callees) {
			this.securityGroups.get(callee)
				.addIngressRule(this.securityGroups.get(caller.name()), Port.tcp(ServiceSpec.PORT),
						caller.name() + " calls " + callee);
		}
	}

	private FargateService service(ServiceSpec spec, Cluster cluster, FoundationStack foundation, Database database,
			List<Grant> grants, OwnResources resources) {
		Role taskRole = Role.Builder.create(this, "TaskRole-" + spec.name())
			// Only ECS tasks of this account may assume it (no confused deputy).
			.assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com")
				.withConditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID), "ArnLike",
						Map.of("aws:SourceArn",
								"arn:" + Aws.PARTITION + ":ecs:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":*"))))
			.description("What " + spec.module() + " may call in AWS: its own resources only (TaskPermissions)")
			.build();
		for (Grant grant : grants) {
			taskRole.addToPrincipalPolicy(grant.statement(resources));
		}
		LogGroup logs = LogGroup.Builder.create(this, "Logs-" + spec.name())
			.logGroupName("/storesphere/" + this.environment.name() + "/" + spec.name())
			.retention(RetentionDays.ONE_MONTH)
			.build();
		FargateTaskDefinition task = FargateTaskDefinition.Builder.create(this, "Task-" + spec.name())
			.family(this.environment.name() + "-" + spec.name())
			.cpu(spec.cpu())
			.memoryLimitMiB(spec.memoryMiB())
			.taskRole(taskRole)
			.runtimePlatform(RuntimePlatform.builder()
				.operatingSystemFamily(OperatingSystemFamily.LINUX)
				.cpuArchitecture(CpuArchitecture.X86_64)
				.build())
			.build();
		int appMemory = spec.memoryMiB() - SIDECAR_MEMORY_MIB;
		ContainerDefinition application = task.addContainer("app", ContainerDefinitionOptions.builder()
			.containerName(spec.name())
			.image(ContainerImage.fromEcrRepository(foundation.repository(spec.name()),
					this.imageTag.getValueAsString()))
			// The JVM takes 75 % of this (MaxRAMPercentage in the image).
			.memoryLimitMiB(appMemory)
			.portMappings(List.of(PortMapping.builder()
				.name("http")
				.containerPort(ServiceSpec.PORT)
				.appProtocol(AppProtocol.getHttp())
				.build()))
			.environment(environment(spec, database, grants, resources))
			.secrets(secrets(spec, foundation, database))
			.logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix(spec.name()).build()))
			.healthCheck(HealthCheck.builder()
				.command(List.of("CMD", HEALTHCHECK))
				.interval(Duration.seconds(15))
				.timeout(Duration.seconds(5))
				.retries(3)
				.startPeriod(Duration.seconds(120))
				.build())
			// Spring's graceful shutdown finishes in-flight requests first.
			.stopTimeout(Duration.seconds(30))
			.build());
		spec.databaseIfAny().ifPresent((name) -> database.addInitContainer(task, application, name, logs));
		if (appMemory + (spec.databaseIfAny().isPresent() ? DB_INIT_MEMORY_MIB : 0) > spec.memoryMiB()) {
			throw new IllegalStateException(spec.name() + ": containers need more memory than the task has");
		}

		ServiceConnectProps.Builder serviceConnect = ServiceConnectProps.builder()
			.namespace(cluster.getDefaultCloudMapNamespace().getNamespaceArn())
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
		FargateService.Builder service = FargateService.Builder.create(this, "Service-" + spec.name())
			.serviceName(this.environment.name() + "-" + spec.name())
			.cluster(cluster)
			.taskDefinition(task)
			.platformVersion(FargatePlatformVersion.LATEST)
			.vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
			.assignPublicIp(false)
			.securityGroups(List.of(this.securityGroups.get(spec.name())))
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

	private Map<String, String> environment(ServiceSpec spec, Database database, List<Grant> grants,
			OwnResources resources) {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("STORESPHERE_ENVIRONMENT", this.environment.name());
		variables.put("SPRING_CLOUD_AWS_REGION_STATIC", Aws.REGION);
		variables.put("PORT", String.valueOf(ServiceSpec.PORT));
		if (spec.validatesTokensWithJwks()) {
			variables.put("STORESPHERE_JWKS_URI", "http://identity:" + ServiceSpec.PORT + "/.well-known/jwks.json");
		}
		for (String callee : spec.calls()) {
			variables.put(callee.toUpperCase(Locale.ROOT) + "_URL", "http://" + callee + ":" + ServiceSpec.PORT);
		}
		for (Grant grant : grants) {
			if (grant instanceof Publish publish && publish.arnVariable() != null) {
				variables.put(publish.arnVariable(), resources.topicArn(publish.topic()));
			}
			if (grant instanceof S3Objects objects) {
				variables.put(objects.nameVariable(), resources.bucketName(objects.bucket()));
			}
		}
		spec.databaseIfAny().ifPresent((name) -> {
			variables.put("SPRING_DATASOURCE_URL", database.jdbcUrl(name));
			variables.put("SPRING_DATASOURCE_USERNAME", name);
		});
		if ("identity".equals(spec.name())) {
			variables.put("STORESPHERE_ADMIN_EMAIL", this.adminEmail.getValueAsString());
		}
		if ("notification".equals(spec.name())) {
			variables.put("STORESPHERE_MAIL_FROM", "orders@" + this.mailDomain.getValueAsString());
			variables.put("STORESPHERE_MAIL_REPLY_TO", "support@" + this.mailDomain.getValueAsString());
		}
		return variables;
	}

	private Map<String, Secret> secrets(ServiceSpec spec, FoundationStack foundation, Database database) {
		Map<String, Secret> secrets = new LinkedHashMap<>();
		spec.databaseIfAny().ifPresent((name) -> secrets.put("SPRING_DATASOURCE_PASSWORD", database.password(name)));
		if ("identity".equals(spec.name())) {
			secrets.put("STORESPHERE_JWT_PRIVATE_KEY", Secret.fromSecretsManager(foundation.jwtSigningKey()));
			secrets.put("STORESPHERE_ADMIN_PASSWORD", Secret.fromSecretsManager(foundation.adminPassword()));
		}
		return secrets;
	}

	/** CPU for every service; for the consumers also the backlog of their queues. */
	private void scale(ServiceSpec spec, FargateService service, List<QueueSpec> queues) {
		ScalableTaskCount scaling = service.autoScaleTaskCount(
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
					this.topology.queue(queues.get(i).baseName())
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

	private ApplicationLoadBalancer loadBalancer(Vpc vpc, CfnParameter certificateArn, FargateService gateway) {
		ApplicationLoadBalancer loadBalancer = ApplicationLoadBalancer.Builder.create(this, "LoadBalancer")
			.vpc(vpc)
			.internetFacing(true)
			.vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
			.dropInvalidHeaderFields(true)
			.build();
		ApplicationListener https = loadBalancer.addListener("Https",
				BaseApplicationListenerProps.builder()
					.port(443)
					.protocol(ApplicationProtocol.HTTPS)
					.certificates(List.of(ListenerCertificate.fromArn(certificateArn.getValueAsString())))
					.sslPolicy(SslPolicy.RECOMMENDED_TLS)
					.open(true)
					.build());
		https.addTargets("Gateway",
				AddApplicationTargetsProps.builder()
					.port(ServiceSpec.PORT)
					.protocol(ApplicationProtocol.HTTP)
					.targets(List.of(gateway.loadBalancerTarget(LoadBalancerTargetOptions.builder()
						.containerName("gateway")
						.containerPort(ServiceSpec.PORT)
						.build())))
					.healthCheck(software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck.builder()
						.path("/actuator/health/readiness")
						.healthyHttpCodes("200")
						.interval(Duration.seconds(15))
						.healthyThresholdCount(2)
						.unhealthyThresholdCount(3)
						.build())
					.deregistrationDelay(Duration.seconds(30))
					.build());
		// Operators' endpoints stay inside; the ALB's own health check reaches the target
		// directly.
		https.addAction("NoActuator",
				software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationActionProps.builder()
					.priority(10)
					.conditions(List.of(ListenerCondition.pathPatterns(List.of("/actuator", "/actuator/*"))))
					.action(ListenerAction.fixedResponse(404,
							FixedResponseOptions.builder().contentType("text/plain").messageBody("Not Found").build()))
					.build());
		loadBalancer.addRedirect(ApplicationLoadBalancerRedirectConfig.builder()
			.sourceProtocol(ApplicationProtocol.HTTP)
			.sourcePort(80)
			.targetProtocol(ApplicationProtocol.HTTPS)
			.targetPort(443)
			.build());
		return loadBalancer;
	}

	private void alarms(ApplicationLoadBalancer loadBalancer, Topic opsAlarms) {
		SnsAction notify = new SnsAction(opsAlarms);
		this.topology.deadLetterQueues().forEach((baseName, deadLetters) -> {
			Alarm alarm = Alarm.Builder.create(this, "DeadLetters-" + baseName)
				.alarmName(this.environment.name() + "-" + baseName + "-dlq-not-empty")
				.alarmDescription("Messages of " + this.environment.name() + "-" + baseName + " failed "
						+ Topology.MAX_RECEIVE_COUNT + " times and wait in its dead-letter queue")
				.metric(deadLetters.metricApproximateNumberOfMessagesVisible(
						MetricOptions.builder().period(Duration.minutes(1)).statistic("Maximum").build()))
				.comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
				.threshold(0)
				.evaluationPeriods(1)
				.treatMissingData(TreatMissingData.NOT_BREACHING)
				.build();
			alarm.addAlarmAction(notify);
			this.alarms.add(alarm);
		});

		MetricOptions perMinute = MetricOptions.builder().period(Duration.minutes(1)).statistic("Sum").build();
		MathExpression errorRate = MathExpression.Builder.create()
			.expression("IF(requests > 0, 100 * (FILL(target5xx, 0) + FILL(elb5xx, 0)) / requests, 0)")
			.usingMetrics(Map.of("requests", loadBalancer.getMetrics().requestCount(perMinute), "target5xx",
					loadBalancer.getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, perMinute), "elb5xx",
					loadBalancer.getMetrics().httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, perMinute)))
			.label("gateway 5xx %")
			.period(Duration.minutes(1))
			.build();
		Alarm serverErrors = Alarm.Builder.create(this, "GatewayServerErrors")
			.alarmName(this.environment.name() + "-gateway-5xx-rate")
			.alarmDescription("More than 5 % of the gateway's responses were 5xx in 3 of the last 5 minutes")
			.metric(errorRate)
			.comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
			.threshold(5)
			.evaluationPeriods(5)
			.datapointsToAlarm(3)
			.treatMissingData(TreatMissingData.NOT_BREACHING)
			.build();
		Alarm latency = Alarm.Builder.create(this, "GatewayLatency")
			.alarmName(this.environment.name() + "-gateway-p99-latency")
			.alarmDescription("The gateway's p99 response time was above 2 s in 3 of the last 5 minutes")
			.metric(loadBalancer.getMetrics()
				.targetResponseTime(MetricOptions.builder().period(Duration.minutes(1)).statistic("p99").build()))
			.comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
			.threshold(2)
			.evaluationPeriods(5)
			.datapointsToAlarm(3)
			.treatMissingData(TreatMissingData.NOT_BREACHING)
			.build();
		for (Alarm alarm : List.of(serverErrors, latency)) {
			alarm.addAlarmAction(notify);
			this.alarms.add(alarm);
		}
	}

	private void dashboard(ApplicationLoadBalancer loadBalancer, Database database) {
		MetricOptions perMinute = MetricOptions.builder().period(Duration.minutes(1)).statistic("Sum").build();
		List<IMetric> cpu = new ArrayList<>();
		List<IMetric> memory = new ArrayList<>();
		this.services.forEach((name, service) -> {
			cpu.add(service.metricCpuUtilization(MetricOptions.builder().label(name).build()));
			memory.add(service.metricMemoryUtilization(MetricOptions.builder().label(name).build()));
		});
		List<IMetric> backlog = new ArrayList<>();
		this.topology.queues()
			.forEach((name, queue) -> backlog.add(queue.metricApproximateNumberOfMessagesVisible(
					MetricOptions.builder().label(name).period(Duration.minutes(1)).statistic("Maximum").build())));
		List<IMetric> deadLetters = new ArrayList<>();
		this.topology.deadLetterQueues()
			.forEach((name, queue) -> deadLetters.add(queue.metricApproximateNumberOfMessagesVisible(
					MetricOptions.builder().label(name).period(Duration.minutes(1)).statistic("Maximum").build())));
		List<IWidget> row1 = List.of(
				graph("Gateway requests and errors",
						List.of(loadBalancer.getMetrics().requestCount(perMinute),
								loadBalancer.getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, perMinute),
								loadBalancer.getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_4XX_COUNT, perMinute),
								loadBalancer.getMetrics().httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, perMinute))),
				graph("Gateway latency (s)", List.of(loadBalancer.getMetrics()
					.targetResponseTime(
							MetricOptions.builder().period(Duration.minutes(1)).statistic("p50").label("p50").build()),
						loadBalancer.getMetrics()
							.targetResponseTime(MetricOptions.builder()
								.period(Duration.minutes(1))
								.statistic("p99")
								.label("p99")
								.build()))),
				AlarmStatusWidget.Builder.create().title("Alarms").alarms(this.alarms).width(8).height(6).build());
		Dashboard.Builder.create(this, "Dashboard")
			.dashboardName(this.environment.name() + "-storesphere")
			.widgets(List.of(row1,
					List.of(graph("Service CPU %", cpu), graph("Service memory %", memory),
							graph("Database",
									List.of(database.instance().metricCPUUtilization(),
											database.instance().metricDatabaseConnections()))),
					List.of(graph("Queue backlog (visible messages)", backlog),
							graph("Dead letters (should be 0)", deadLetters))))
			.build();
	}

	private static GraphWidget graph(String title, List<IMetric> metrics) {
		return GraphWidget.Builder.create().title(title).left(metrics).width(8).height(6).build();
	}

	public Map<String, FargateService> services() {
		return this.services;
	}

	public Map<String, Queue> queues() {
		return this.topology.queues();
	}

}
