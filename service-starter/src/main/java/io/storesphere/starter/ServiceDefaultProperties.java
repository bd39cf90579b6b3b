package io.storesphere.starter;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every servlet service shares, chosen by measurement, as the lowest-precedence
 * property source: a service's {@code application.yml}, its environment or a system
 * property still overrides each.
 * <ul>
 * <li>{@code server.tomcat.threads.max=32} (Tomcat's default is 200): a service spends
 * its time on CPU and on a few milliseconds of DynamoDB or SNS per request, so 32 threads
 * keep a task's cores busy. At 256 connections catalog grew to 231 threads and 403 MB RSS
 * with 200; with 32 it answered as many requests and stayed at 279 MB
 * (docs/performance.md). Connections beyond the threads wait in Tomcat's queue, not
 * refused.</li>
 * </ul>
 */
public class ServiceDefaultProperties implements EnvironmentPostProcessor {

	static final String NAME = "storesphereServiceDefaults";

	private static final Map<String, Object> DEFAULTS = Map.of("server.tomcat.threads.max", "32");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getPropertySources().contains(NAME)) {
			environment.getPropertySources().addLast(new MapPropertySource(NAME, DEFAULTS));
		}
	}

}
