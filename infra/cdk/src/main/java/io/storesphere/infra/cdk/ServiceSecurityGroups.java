package io.storesphere.infra.cdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.constructs.Construct;

import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;

/**
 * One security group per service, and who may reach whom: each service only from its
 * callers (the HTTP calls, and every service's JWKS fetch from identity), MySQL only from
 * the services owning a database. The load balancer opens the gateway itself.
 *
 * <p>
 * Not a construct of its own: the groups stay where they have always been in the stack,
 * so that their logical ids, and the deployed groups, do not change.
 */
final class ServiceSecurityGroups {

	private final Map<String, SecurityGroup> groups = new LinkedHashMap<>();

	ServiceSecurityGroups(Construct scope, IVpc vpc, List<ServiceSpec> services, Database database) {
		// All groups first: a caller's rule names its callee's group.
		for (ServiceSpec service : services) {
			this.groups.put(service.name(),
					SecurityGroup.Builder.create(scope, "SecurityGroup-" + service.name())
						.vpc(vpc)
						.description(service.module() + " tasks")
						.allowAllOutbound(true)
						.build());
		}
		for (ServiceSpec service : services) {
			allowCalls(service);
			service.databaseIfAny().ifPresent((name) -> database.allowFrom(of(service.name()), service.module()));
		}
	}

	SecurityGroup of(String service) {
		return this.groups.get(service);
	}

	private void allowCalls(ServiceSpec caller) {
		List<String> callees = new ArrayList<>(caller.calls());
		if (caller.validatesTokensWithJwks() && !callees.contains("identity")) {
			callees.add("identity");
		}
		for (String callee : callees) {
			of(callee).addIngressRule(of(caller.name()), Port.tcp(ServiceSpec.PORT),
					caller.name() + " calls " + callee);
		}
	}

}
