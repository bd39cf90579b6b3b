package io.storesphere.infra.cdk;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * One permission of a task role, as {@link TaskPermissions} lists them per service, and
 * the IAM statements it becomes.
 */
public sealed interface Grant permits Grant.DynamoDb, Grant.Consume, Grant.Publish, Grant.S3Objects, Grant.SendEmail {

	/**
	 * What a Spring Cloud AWS {@code @SqsListener} calls: the queue URL and attributes at
	 * start, then receive, delete (also in batches) and visibility changes (also in
	 * batches; the batch calls are authorised by these actions).
	 */
	List<String> SQS_CONSUME = List.of("sqs:GetQueueUrl", "sqs:GetQueueAttributes", "sqs:ReceiveMessage",
			"sqs:DeleteMessage", "sqs:ChangeMessageVisibility");

	/**
	 * What the starter's SQS listener edge calls on a consumed queue's dead-letter queue
	 * (its {@code SqsDeadLetters}): the URL, found from the {@code RedrivePolicy}, and
	 * the send that moves a message that can never be decoded there at once.
	 */
	List<String> SQS_DEAD_LETTER = List.of("sqs:GetQueueUrl", "sqs:SendMessage");

	List<PolicyStatement> statements(ResourceArns resources);

	/**
	 * DynamoDB actions on some of the service's own tables, or, when {@code indexes}, on
	 * those tables' global secondary indexes only.
	 */
	public record DynamoDb(List<String> tables, boolean indexes, List<String> actions) implements Grant {

		@Override
		public List<PolicyStatement> statements(ResourceArns resources) {
			List<String> arns = new ArrayList<>();
			for (String table : this.tables) {
				if (!this.indexes) {
					arns.add(resources.tableArn(table));
				}
				else if (resources.tableHasIndexes(table)) {
					arns.add(resources.tableArn(table) + "/index/*");
				}
				else {
					throw new IllegalStateException("Table " + table + " has no index to grant on");
				}
			}
			return List.of(allow(this.actions.stream().map((action) -> "dynamodb:" + action).toList(), arns));
		}

	}

	/**
	 * Listening on the service's own queues through the starter's listener edge, which
	 * also sends poison messages to each queue's dead-letter queue.
	 */
	public record Consume(List<String> queues) implements Grant {

		@Override
		public List<PolicyStatement> statements(ResourceArns resources) {
			return List.of(allow(SQS_CONSUME, this.queues.stream().map(resources::queueArn).toList()),
					allow(SQS_DEAD_LETTER, this.queues.stream().map(resources::deadLetterQueueArn).toList()));
		}

	}

	/**
	 * Publishing to one topic; {@code arnVariable} is the environment variable that hands
	 * the service the topic's ARN, or {@code null} while the service's property is
	 * unknown.
	 */
	public record Publish(String topic, String arnVariable) implements Grant {

		@Override
		public List<PolicyStatement> statements(ResourceArns resources) {
			return List.of(allow(List.of("sns:Publish"), List.of(resources.topicArn(this.topic))));
		}

	}

	/**
	 * S3 actions on the objects of one of the service's own buckets; {@code nameVariable}
	 * is the environment variable that hands the service the bucket's name, which
	 * CloudFormation chooses.
	 */
	public record S3Objects(String bucket, String nameVariable, List<String> actions) implements Grant {

		@Override
		public List<PolicyStatement> statements(ResourceArns resources) {
			return List.of(allow(this.actions.stream().map((action) -> "s3:" + action).toList(),
					List.of(resources.bucketArn(this.bucket) + "/*")));
		}

	}

	/** SES v1 {@code SendEmail} from the stack's SES identities. */
	public record SendEmail() implements Grant {

		@Override
		public List<PolicyStatement> statements(ResourceArns resources) {
			return List.of(allow(List.of("ses:SendEmail"), resources.sesIdentityArns()));
		}

	}

	/** Builds an {@link S3Objects} grant. */
	record ObjectsGrantBuilder(String bucket, String nameVariable) {

		S3Objects allow(String... actions) {
			return new S3Objects(this.bucket, this.nameVariable, List.of(actions));
		}

	}

	/** Builds a {@link DynamoDb} grant. */
	record TablesGrantBuilder(List<String> tables, boolean indexes) {

		DynamoDb allow(String... actions) {
			return new DynamoDb(this.tables, this.indexes, List.of(actions));
		}

	}

	private static PolicyStatement allow(List<String> actions, List<String> resources) {
		return PolicyStatement.Builder.create().effect(Effect.ALLOW).actions(actions).resources(resources).build();
	}

}
