package io.storesphere.infra.cdk;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.storesphere.infra.cdk.StoreSphereApp.Stacks;

import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/**
 * Both stacks synthesised once per test JVM (jsii starts node once; a synth takes
 * seconds), as plain maps to assert on.
 */
final class Synthesized {

	static final DeploymentSettings SETTINGS = DeploymentSettings.of("prod");

	private static Synthesized instance;

	final Map<String, Object> foundation;

	final Map<String, Object> main;

	final long millis;

	private Synthesized() {
		long start = System.nanoTime();
		App app = StoreSphereApp.newApp();
		Stacks stacks = StoreSphereApp.build(app, SETTINGS);
		this.foundation = Template.fromStack(stacks.foundation()).toJSON();
		this.main = Template.fromStack(stacks.main()).toJSON();
		this.millis = (System.nanoTime() - start) / 1_000_000;
	}

	static synchronized Synthesized stacks() {
		if (instance == null) {
			instance = new Synthesized();
		}
		return instance;
	}

	/** Logical id to resource, for one CloudFormation type. */
	@SuppressWarnings("unchecked")
	static Map<String, Map<String, Object>> resources(Map<String, Object> template, String type) {
		Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
		return resources.entrySet()
			.stream()
			.filter((entry) -> type.equals(((Map<String, Object>) entry.getValue()).get("Type")))
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> (Map<String, Object>) entry.getValue(), (a, b) -> a,
					java.util.TreeMap::new));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> properties(Map<String, Object> resource) {
		return (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object value) {
		return (value instanceof List) ? (List<Object>) value : List.of(value);
	}

}
