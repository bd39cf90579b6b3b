package io.storesphere.topology;

import java.util.regex.Pattern;

/**
 * A deployment environment; its name prefixes every resource so that several environments
 * (or test runs) share one account or emulator without touching each other's resources.
 */
public record Environment(String name) {

	// Short enough that "<name>-notification-order-events-dlq" stays well inside SQS's 80
	// characters.
	private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{0,23}");

	public Environment {
		if (name == null || !VALID.matcher(name).matches()) {
			throw new IllegalArgumentException("Environment name must be 1-24 lower-case letters, digits or dashes,"
					+ " starting with a letter; was '" + name + "'");
		}
	}

	public String topicName(String baseName) {
		return this.name + "-" + baseName;
	}

	public String queueName(QueueSpec queue) {
		return this.name + "-" + queue.baseName();
	}

	public String deadLetterQueueName(QueueSpec queue) {
		return queueName(queue) + "-dlq";
	}

	public String tableName(TableSpec table) {
		return this.name + "-" + table.baseName();
	}

	/**
	 * The bucket's name where the topology is bootstrapped (emulators, LocalStack). On
	 * AWS bucket names are global, so the CDK lets CloudFormation choose a unique one and
	 * hands it to the owner.
	 */
	public String bucketName(BucketSpec bucket) {
		return this.name + "-" + bucket.baseName();
	}

}
