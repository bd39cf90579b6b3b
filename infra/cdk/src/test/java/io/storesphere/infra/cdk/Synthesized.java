package io.storesphere.infra.cdk;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.storesphere.infra.cdk.StoreSphereApp.Stacks;

import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/**
 * Both stacks synthesised once per test JVM (jsii starts one node process; a synth takes
 * seconds), as plain maps the tests walk without further calls into node.
 */
final class Synthesized {

	static final String ENV = "prod";

	private static Synthesized instance;

	final Map<String, Object> foundation;

	final Map<String, Object> main;

	/** How long the synth took, reported by {@link StackSynthesisTest}. */
	final long millis;

	private Synthesized() {
		long start = System.nanoTime();
		App app = StoreSphereApp.newApp();
		Stacks stacks = StoreSphereApp.build(app, DeploymentSettings.of(ENV));
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

	/** Logical id to resource, for one CloudFormation type, sorted by id. */
	static Map<String, Map<String, Object>> resources(Map<String, Object> template, String type) {
		return map(template.get("Resources")).entrySet()
			.stream()
			.filter((entry) -> type.equals(map(entry.getValue()).get("Type")))
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> map(entry.getValue()), (a, b) -> a, TreeMap::new));
	}

	static Map<String, Object> resource(Map<String, Object> template, String logicalId) {
		return map(map(template.get("Resources")).get(logicalId));
	}

	static Map<String, Object> properties(Map<String, Object> resource) {
		return map(resource.getOrDefault("Properties", Map.of()));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (value != null) ? (Map<String, Object>) value : Map.of();
	}

	/** A CloudFormation value that may be one item or a list, as a list. */
	@SuppressWarnings("unchecked")
	static List<Object> list(Object value) {
		if (value == null) {
			return List.of();
		}
		return (value instanceof List) ? (List<Object>) value : List.of(value);
	}

	/** The logical id a {@code Ref} or {@code Fn::GetAtt} points at, or {@code null}. */
	static String target(Object expression) {
		Map<String, Object> map = map((expression instanceof Map) ? expression : null);
		if (map.containsKey("Ref")) {
			return (String) map.get("Ref");
		}
		if (map.containsKey("Fn::GetAtt")) {
			return (String) list(map.get("Fn::GetAtt")).get(0);
		}
		return null;
	}

	/**
	 * A readable form of a resource expression: {@code table/prod-cart-carts},
	 * {@code queue/prod-cart-order-events}, {@code topic/prod-order-events},
	 * {@code bucket/prod-catalog-product-images} (by its topology tag),
	 * {@code {MailDomain}} for a parameter, joins concatenated.
	 */
	static String render(Map<String, Object> template, Object expression) {
		if (expression instanceof String text) {
			return text;
		}
		Map<String, Object> map = map(expression);
		if (map.containsKey("Fn::Join")) {
			List<Object> join = list(map.get("Fn::Join"));
			return list(join.get(1)).stream()
				.map((part) -> render(template, part))
				.collect(Collectors.joining((String) join.get(0)));
		}
		String id = target(expression);
		if (id == null) {
			return expression.toString();
		}
		if (id.startsWith("AWS::") || map(template.get("Parameters")).containsKey(id)) {
			return "{" + id + "}";
		}
		Map<String, Object> resource = resource(template, id);
		Map<String, Object> properties = properties(resource);
		String type = (String) resource.get("Type");
		if ("AWS::DynamoDB::Table".equals(type)) {
			return "table/" + properties.get("TableName");
		}
		if ("AWS::SQS::Queue".equals(type)) {
			return "queue/" + properties.get("QueueName");
		}
		if ("AWS::SNS::Topic".equals(type)) {
			return "topic/" + properties.get("TopicName");
		}
		if ("AWS::S3::Bucket".equals(type)) {
			return "bucket/" + list(properties.get("Tags")).stream()
				.map(Synthesized::map)
				.filter((tag) -> TopologyResources.TOPOLOGY_BUCKET_TAG.equals(tag.get("Key")))
				.map((tag) -> tag.get("Value"))
				.findFirst()
				.orElse(id);
		}
		if ("AWS::SES::EmailIdentity".equals(type)) {
			return render(template, properties.get("EmailIdentity"));
		}
		return id;
	}

}
