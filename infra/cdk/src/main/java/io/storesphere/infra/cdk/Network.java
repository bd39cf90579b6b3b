package io.storesphere.infra.cdk;

import java.util.List;
import java.util.Map;

import software.constructs.Construct;

import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcProps;

/**
 * The VPC over two AZs: public subnets for the load balancer and the NAT gateways only,
 * private subnets for the tasks (no public IPs), isolated subnets for RDS.
 */
final class Network extends Vpc {

	Network(Construct scope, String id, int natGateways) {
		super(scope, id, VpcProps.builder()
			.ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
			.maxAzs(2)
			.natGateways(natGateways)
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
			.build());
	}

}
