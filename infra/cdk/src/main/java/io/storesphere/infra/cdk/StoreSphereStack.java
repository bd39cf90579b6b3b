package io.storesphere.infra.cdk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.storesphere.events.Topics;
import io.storesphere.topology.Environment;
import io.storesphere.topology.Topology;
import software.constructs.Construct;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.ecs.CloudMapNamespaceOptions;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.servicediscovery.NamespaceType;
import software.amazon.awscdk.services.ses.DkimRecord;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.Queue;

/**
 * StoreSphere on AWS: a VPC over two AZs, one ECS Fargate service per microservice
 * (Service Connect between them), an HTTPS load balancer in front of the gateway only,
 * RDS MySQL for identity and analytics, the topology's topics, queues and tables, SES,
 * alarms and a dashboard. Images and the operator-supplied secrets come from the
 * {@link FoundationStack}.
 *
 * <p>
 * The parts keep the construct ids they had when this stack was one class (most create
 * their resources directly in it), so the logical ids of deployed resources stay put.
 */
public class StoreSphereStack extends Stack {

	/**
	 * The probe every image carries: Jib adds {@code infra/images/files} to each (root
	 * pom); images hold no health check of their own, so the task definition names it.
	 */
	public static final String HEALTHCHECK = "/usr/local/bin/healthcheck";

	private static final String EMAIL = "[^@\\s]+@[^@\\s]+";

	private final TopologyResources topology;

	private final Map<String, FargateService> services = new LinkedHashMap<>();

	public StoreSphereStack(Construct scope, String id, StackProps props, DeploymentSettings settings,
			FoundationStack foundation, Topology topology, List<ServiceSpec> serviceSpecs,
			Map<String, List<Grant>> grants) {
		super(scope, id, props);
		Environment environment = settings.environment();
		TaskPermissions.check(topology, grants);
		Tags.of(this).add("project", "storesphere");
		Tags.of(this).add("environment", environment.name());

		String imageTag = parameter("ImageTag",
				"The tag Jib pushed every service's image to its ECR repository"
						+ " under (-Dimage.tag), e.g. the commit id the images were built from",
				"[A-Za-z0-9._-]{1,128}");
		String certificateArn = parameter("CertificateArn",
				"ARN of the ACM certificate the load balancer serves HTTPS with", "arn:aws[a-z-]*:acm:.+");
		String adminEmail = parameter("AdminEmail", "E-mail address of the bootstrapped administrator account", EMAIL);
		String adminAlertEmail = parameter("AdminAlertEmail", "Receives the admin-alerts topic (low stock) by e-mail",
				EMAIL);
		String opsAlarmEmail = parameter("OpsAlarmEmail", "Receives CloudWatch alarms by e-mail", EMAIL);
		String mailDomain = parameter("MailDomain",
				"Domain receipts are sent from (orders@<domain>); verified in SES through its DKIM records",
				"[a-z0-9.-]+\\.[a-z]{2,}");

		Network network = new Network(this, "Network", settings.natGateways());
		this.topology = new TopologyResources(this, "Topology", topology, environment);
		this.topology.topic(Topics.ADMIN_ALERTS).addSubscription(new EmailSubscription(adminAlertEmail));
		Mail mail = new Mail(this, mailDomain, settings.sesSandboxRecipients());
		List<String> databases = serviceSpecs.stream().map(ServiceSpec::database).filter(Objects::nonNull).toList();
		Database database = new Database(this, "Database", environment, network, settings.databaseMultiAz(), databases,
				foundation.repository(FoundationStack.DB_INIT_REPOSITORY));

		ServicePlatform platform = new ServicePlatform(environment, cluster(network, environment), foundation, imageTag,
				database, ResourceArns.of(this.topology, mail), adminEmail, mailDomain);
		ServiceSecurityGroups securityGroups = new ServiceSecurityGroups(this, network, serviceSpecs, database);
		for (ServiceSpec spec : serviceSpecs) {
			List<Queue> consumed = topology.queuesOf(spec.name())
				.stream()
				.map((queue) -> this.topology.queue(queue.baseName()))
				.toList();
			FargateMicroservice service = new FargateMicroservice(this, spec, platform, securityGroups.of(spec.name()),
					grants.get(spec.name()), consumed);
			this.services.put(spec.name(), service.service());
		}

		PublicLoadBalancer loadBalancer = new PublicLoadBalancer(this, "LoadBalancer", network, certificateArn,
				this.services.get("gateway"));
		new Monitoring(this, environment, opsAlarmEmail, this.topology, loadBalancer, database, this.services);

		CfnOutput.Builder.create(this, "LoadBalancerDns")
			.description("Point the site's DNS name (CNAME or alias) here")
			.value(loadBalancer.getLoadBalancerDnsName())
			.build();
		List<DkimRecord> dkim = mail.dkimRecords();
		for (int i = 0; i < dkim.size(); i++) {
			CfnOutput.Builder.create(this, "DkimRecord" + (i + 1))
				.description("A CNAME to add to the mail domain's DNS so that SES verifies it")
				.value(dkim.get(i).getName() + " CNAME " + dkim.get(i).getValue())
				.build();
		}
	}

	/** A deployment's choice, as opposed to the synth-time {@link DeploymentSettings}. */
	private String parameter(String name, String description, String pattern) {
		return CfnParameter.Builder.create(this, name)
			.type("String")
			.description(description)
			.allowedPattern(pattern)
			.build()
			.getValueAsString();
	}

	/**
	 * Its namespace is the one Service Connect publishes {@code http://<service>:8080}
	 * in.
	 */
	private Cluster cluster(Network network, Environment environment) {
		return Cluster.Builder.create(this, "Cluster")
			.clusterName(environment.name() + "-storesphere")
			.vpc(network)
			.containerInsightsV2(ContainerInsights.ENHANCED)
			.defaultCloudMapNamespace(CloudMapNamespaceOptions.builder()
				.name(environment.name() + ".storesphere.internal")
				.type(NamespaceType.HTTP)
				.useForServiceConnect(true)
				.build())
			.build();
	}

	public Map<String, FargateService> services() {
		return this.services;
	}

	public Map<String, Queue> queues() {
		return this.topology.queues();
	}

}
