package io.storesphere.infra.cdk;

import java.util.List;

import software.constructs.Construct;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.LoadBalancerTargetOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationActionProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancerRedirectConfig;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.FixedResponseOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCondition;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;

/**
 * The internet-facing ALB in front of the gateway only: HTTPS on 443 with the operator's
 * certificate, HTTP on 80 redirected to it, {@code /actuator/*} answered 404 at the edge.
 * Its security group is the only one open to the internet.
 */
final class PublicLoadBalancer extends ApplicationLoadBalancer {

	PublicLoadBalancer(Construct scope, String id, IVpc vpc, String certificateArn, FargateService gateway) {
		super(scope, id,
				ApplicationLoadBalancerProps.builder()
					.vpc(vpc)
					.internetFacing(true)
					.vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
					.dropInvalidHeaderFields(true)
					.build());
		ApplicationListener https = addListener("Https",
				BaseApplicationListenerProps.builder()
					.port(443)
					.protocol(ApplicationProtocol.HTTPS)
					.certificates(List.of(ListenerCertificate.fromArn(certificateArn)))
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
					.healthCheck(HealthCheck.builder()
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
				AddApplicationActionProps.builder()
					.priority(10)
					.conditions(List.of(ListenerCondition.pathPatterns(List.of("/actuator", "/actuator/*"))))
					.action(ListenerAction.fixedResponse(404,
							FixedResponseOptions.builder().contentType("text/plain").messageBody("Not Found").build()))
					.build());
		addRedirect(ApplicationLoadBalancerRedirectConfig.builder()
			.sourceProtocol(ApplicationProtocol.HTTP)
			.sourcePort(80)
			.targetProtocol(ApplicationProtocol.HTTPS)
			.targetPort(443)
			.build());
	}

}
