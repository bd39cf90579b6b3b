package io.storesphere.infra.cdk;

import java.util.List;

/**
 * The seven services with their task sizes and the synchronous calls between them
 * (DESIGN.md section 2). Sizes leave room for the Service Connect proxy beside the JVM.
 */
public final class Services {

	private Services() {
	}

	public static List<ServiceSpec> storeSphere() {
		return List.of(
				new ServiceSpec("gateway", 512, 1024, 2, 6,
						List.of("identity", "catalog", "cart", "checkout", "notification", "analytics"), null),
				// bcrypt on every sign-in: a full half vCPU
				new ServiceSpec("identity", 512, 1024, 2, 4, List.of(), "identity"),
				new ServiceSpec("catalog", 512, 1024, 2, 6, List.of(), null),
				new ServiceSpec("cart", 256, 1024, 2, 4, List.of("catalog"), null),
				new ServiceSpec("checkout", 512, 1024, 2, 4, List.of("cart", "catalog"), null),
				// Queue consumers with an admin API: one task is enough when idle, the
				// backlog scales them out.
				new ServiceSpec("notification", 256, 1024, 1, 3, List.of(), null),
				new ServiceSpec("analytics", 256, 1024, 1, 3, List.of(), "analytics"));
	}

}
