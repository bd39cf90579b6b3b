package io.storesphere.infra.cdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static io.storesphere.infra.cdk.Synthesized.list;
import static io.storesphere.infra.cdk.Synthesized.map;
import static io.storesphere.infra.cdk.Synthesized.properties;
import static io.storesphere.infra.cdk.Synthesized.render;
import static io.storesphere.infra.cdk.Synthesized.resources;
import static io.storesphere.infra.cdk.Synthesized.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each task role may do exactly what its service's code calls, on its own resources only.
 * The table is written out here, independently of {@link TaskPermissions}: a change to
 * either shows up as a difference to review.
 */
class TaskRolePermissionsTest {

	private static final List<String> SQS_CONSUME = List.of("sqs:ChangeMessageVisibility", "sqs:DeleteMessage",
			"sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage");

	/**
	 * The listener edge sends a message that can never be decoded to its dead-letter
	 * queue.
	 */
	private static final List<String> SQS_DEAD_LETTER = List.of("sqs:GetQueueUrl", "sqs:SendMessage");

	private static final String SES_DOMAIN = "arn:{AWS::Partition}:ses:{AWS::Region}:{AWS::AccountId}:identity/{MailDomain}";

	/** service: "action on resource", every pair a task role allows. */
	private static final Map<String, Set<String>> EXPECTED = Map.of(
	// @formatter:off
			"gateway", allowed(
					grant(dynamoDb("UpdateItem"), "table/prod-gateway-rate-limits")),
			"identity", allowed(
					grant(List.of("sns:Publish"), "topic/prod-identity-events")),
			"catalog", allowed(
					grant(dynamoDb("GetItem", "BatchGetItem", "PutItem", "UpdateItem", "DeleteItem"),
							"table/prod-catalog-products"),
					grant(dynamoDb("Query"), "table/prod-catalog-products/index/*"),
					grant(List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject"),
							"bucket/prod-catalog-product-images/*"),
					grant(dynamoDb("GetItem", "PutItem", "UpdateItem"), "table/prod-catalog-inbox"),
					grant(dynamoDb("Query"), "table/prod-catalog-inbox/index/*"),
					grant(SQS_CONSUME, "queue/prod-catalog-order-events"),
					grant(SQS_DEAD_LETTER, "queue/prod-catalog-order-events-dlq"),
					grant(List.of("sns:Publish"), "topic/prod-catalog-events")),
			"cart", allowed(
					grant(dynamoDb("GetItem", "PutItem"), "table/prod-cart-carts", "table/prod-cart-inbox"),
					grant(SQS_CONSUME, "queue/prod-cart-order-events"),
					grant(SQS_DEAD_LETTER, "queue/prod-cart-order-events-dlq")),
			"checkout", allowed(
					grant(dynamoDb("GetItem", "PutItem"), "table/prod-checkout-orders"),
					grant(dynamoDb("Query"), "table/prod-checkout-orders/index/*"),
					grant(dynamoDb("GetItem", "PutItem", "UpdateItem", "DeleteItem"),
							"table/prod-checkout-idempotency-keys"),
					grant(dynamoDb("GetItem", "PutItem"), "table/prod-checkout-inbox"),
					grant(SQS_CONSUME, "queue/prod-checkout-catalog-events"),
					grant(SQS_DEAD_LETTER, "queue/prod-checkout-catalog-events-dlq"),
					grant(List.of("sns:Publish"), "topic/prod-order-events")),
			"notification", allowed(
					grant(dynamoDb("GetItem", "PutItem", "UpdateItem", "DeleteItem"), "table/prod-notification-dedupe"),
					grant(dynamoDb("PutItem", "Query"), "table/prod-notification-log"),
					grant(SQS_CONSUME, "queue/prod-notification-order-events",
							"queue/prod-notification-catalog-events"),
					grant(SQS_DEAD_LETTER, "queue/prod-notification-order-events-dlq",
							"queue/prod-notification-catalog-events-dlq"),
					grant(List.of("sns:Publish"), "topic/prod-admin-alerts"),
					grant(List.of("ses:SendEmail"), SES_DOMAIN)),
			"analytics", allowed(
					grant(SQS_CONSUME, "queue/prod-analytics-identity-events", "queue/prod-analytics-order-events"),
					grant(SQS_DEAD_LETTER, "queue/prod-analytics-identity-events-dlq",
							"queue/prod-analytics-order-events-dlq")));
	// @formatter:on

	@Test
	void everyTaskRoleAllowsExactlyTheExpectedActionsOnItsOwnResources() {
		Map<String, Set<String>> actual = actualByService();
		assertThat(actual.keySet()).isEqualTo(new TreeMap<>(EXPECTED).keySet());
		// Per role, so that a failure names the pairs missing and the pairs not expected.
		EXPECTED.forEach((service, allowed) -> assertThat(actual.get(service)).as("task role of " + service)
			.containsExactlyInAnyOrderElementsOf(allowed));
	}

	@Test
	void taskRolesHaveNoManagedOrInlinePoliciesBesideTheirOwn() {
		Map<String, Object> template = Synthesized.stacks().main;
		taskRoles(template).forEach((service, roleId) -> {
			Map<String, Object> role = properties(Synthesized.resource(template, roleId));
			assertThat(role).as(service).doesNotContainKeys("ManagedPolicyArns", "Policies", "PermissionsBoundary");
			assertThat(role.toString()).as(service)
				.contains("ecs-tasks.amazonaws.com")
				.contains("aws:SourceAccount")
				.contains("aws:SourceArn");
		});
	}

	@Test
	void publishersGetTheirTopicArnSoTheyNeverListTopics() {
		Map<String, Object> template = Synthesized.stacks().main;
		Map<String, String> expected = Map.of("identity",
				"STORESPHERE_IDENTITY_OUTBOX_TOPIC=topic/prod-identity-events", "catalog",
				"STORESPHERE_CATALOG_CATALOGEVENTSTOPIC=topic/prod-catalog-events", "checkout",
				"STORESPHERE_CHECKOUT_ORDEREVENTSTOPIC=topic/prod-order-events", "notification",
				"STORESPHERE_NOTIFICATION_ADMINALERTSTOPIC=topic/prod-admin-alerts");
		expected.forEach((service, variable) -> {
			Map<String, Object> container = ServicesTest.applicationContainer(template, service);
			List<String> environment = list(container.get("Environment")).stream()
				.map((entry) -> map(entry).get("Name") + "=" + render(template, map(entry).get("Value")))
				.toList();
			assertThat(environment).as(service).contains(variable);
		});
	}

	@Test
	void onlyCatalogsTaskRoleMayTouchTheImagesBucketAndItGetsTheBucketsName() {
		Map<String, Object> template = Synthesized.stacks().main;
		String catalogRole = taskRoles(template).get("catalog");
		List<String> s3Statements = new ArrayList<>();
		resources(template, "AWS::IAM::Policy").forEach((id, policy) -> {
			Map<String, Object> properties = properties(policy);
			for (Object statement : list(map(properties.get("PolicyDocument")).get("Statement"))) {
				Map<String, Object> allow = map(statement);
				boolean s3 = list(allow.get("Action")).stream()
					.anyMatch((action) -> action.toString().startsWith("s3:"))
						|| list(allow.get("Resource")).stream()
							.anyMatch((resource) -> render(template, resource).startsWith("bucket/"));
				if (s3) {
					s3Statements.add(id);
					assertThat(list(properties.get("Roles"))).as(id)
						.singleElement()
						.satisfies((role) -> assertThat(target(role)).isEqualTo(catalogRole));
				}
			}
		});
		assertThat(s3Statements).as("policies granting S3").hasSize(1);
		List<String> environment = list(ServicesTest.applicationContainer(template, "catalog").get("Environment"))
			.stream()
			.map((entry) -> map(entry).get("Name") + "=" + render(template, map(entry).get("Value")))
			.toList();
		assertThat(environment).contains("STORESPHERE_CATALOG_IMAGESBUCKET=bucket/prod-catalog-product-images");
	}

	static Map<String, Set<String>> actualByService() {
		Map<String, Object> template = Synthesized.stacks().main;
		Map<String, Set<String>> actual = new TreeMap<>();
		taskRoles(template).forEach((service, roleId) -> {
			Set<String> pairs = new TreeSet<>();
			resources(template, "AWS::IAM::Policy").values().forEach((policy) -> {
				Map<String, Object> properties = properties(policy);
				boolean attached = list(properties.get("Roles")).stream()
					.anyMatch((role) -> roleId.equals(target(role)));
				if (attached) {
					for (Object statement : list(map(properties.get("PolicyDocument")).get("Statement"))) {
						Map<String, Object> allow = map(statement);
						assertThat(allow.get("Effect")).isEqualTo("Allow");
						for (Object action : list(allow.get("Action"))) {
							for (Object resource : list(allow.get("Resource"))) {
								pairs.add(action + " on " + render(template, resource));
							}
						}
					}
				}
			});
			actual.put(service, pairs);
		});
		return actual;
	}

	/**
	 * Service name to its task role's logical id, from the task definitions' families.
	 */
	static Map<String, String> taskRoles(Map<String, Object> template) {
		Map<String, String> roles = new TreeMap<>();
		resources(template, "AWS::ECS::TaskDefinition").values().forEach((task) -> {
			Map<String, Object> properties = properties(task);
			String service = ((String) properties.get("Family")).substring((Synthesized.ENV + "-").length());
			roles.put(service, target(properties.get("TaskRoleArn")));
		});
		assertThat(roles).hasSize(7);
		return roles;
	}

	private static List<String> dynamoDb(String... actions) {
		List<String> qualified = new ArrayList<>();
		for (String action : actions) {
			qualified.add("dynamodb:" + action);
		}
		return qualified;
	}

	private static Set<String> grant(List<String> actions, String... resources) {
		Set<String> pairs = new TreeSet<>();
		for (String action : actions) {
			for (String resource : resources) {
				pairs.add(action + " on " + resource);
			}
		}
		return pairs;
	}

	@SafeVarargs
	private static Set<String> allowed(Set<String>... grants) {
		Set<String> all = new TreeSet<>();
		for (Set<String> grant : grants) {
			all.addAll(grant);
		}
		return all;
	}

}
