package io.storesphere.infra.cdk;

import java.util.List;
import java.util.Optional;

/**
 * One microservice as ECS runs it.
 *
 * @param name the short name: the topology owner, the Service Connect DNS name
 * ({@code http://<name>:8080}) and the prefix of its {@code <NAME>_URL} variable
 * @param cpu Fargate CPU units of the task
 * @param memoryMiB memory of the task
 * @param minTasks the fewest tasks autoscaling keeps (also the desired count)
 * @param maxTasks the most tasks autoscaling starts
 * @param calls the services it calls over HTTP through a {@code <NAME>_URL} variable
 * @param database the MySQL database (and user) it owns on the shared RDS instance, or
 * {@code null}
 */
public record ServiceSpec(String name, int cpu, int memoryMiB, int minTasks, int maxTasks, List<String> calls,
		String database) {

	/** Every service listens here, in the container and behind Service Connect. */
	public static final int PORT = 8080;

	public ServiceSpec {
		calls = List.copyOf(calls);
	}

	/** The Maven module and image name, e.g. {@code catalog-service}. */
	public String module() {
		return this.name + "-service";
	}

	public Optional<String> databaseIfAny() {
		return Optional.ofNullable(this.database);
	}

	/** The gateway is the only service behind the load balancer. */
	public boolean isGateway() {
		return "gateway".equals(this.name);
	}

	/** Identity signs the tokens; every other service fetches its JWKS. */
	public boolean validatesTokensWithJwks() {
		return !"identity".equals(this.name);
	}

	/** Services others reach through Service Connect; the gateway is a client only. */
	public boolean isServiceConnectServer() {
		return !isGateway();
	}

}
