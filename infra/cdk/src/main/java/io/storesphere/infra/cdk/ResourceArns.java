package io.storesphere.infra.cdk;

import java.util.List;

/**
 * The ARNs of the resources a task role may be granted, looked up by the topology's base
 * names.
 */
interface ResourceArns {

	String tableArn(String baseName);

	boolean tableHasIndexes(String baseName);

	String queueArn(String baseName);

	/** The dead-letter queue of the service's queue {@code baseName}. */
	String deadLetterQueueArn(String baseName);

	String topicArn(String baseName);

	String bucketArn(String baseName);

	/** The bucket's name, which CloudFormation chooses. */
	String bucketName(String baseName);

	/** The SES identities mail may be sent from (and, in the sandbox, to). */
	List<String> sesIdentityArns();

	/** The stack's own: the topology's resources and the mail identities. */
	static ResourceArns of(TopologyResources topology, Mail mail) {
		List<String> sesIdentityArns = mail.identityArns();
		return new ResourceArns() {

			@Override
			public String tableArn(String baseName) {
				return topology.table(baseName).getTableArn();
			}

			@Override
			public boolean tableHasIndexes(String baseName) {
				return topology.tableHasIndexes(baseName);
			}

			@Override
			public String queueArn(String baseName) {
				return topology.queue(baseName).getQueueArn();
			}

			@Override
			public String deadLetterQueueArn(String baseName) {
				return topology.deadLetterQueues().get(baseName).getQueueArn();
			}

			@Override
			public String topicArn(String baseName) {
				return topology.topic(baseName).getTopicArn();
			}

			@Override
			public String bucketArn(String baseName) {
				return topology.bucket(baseName).getBucketArn();
			}

			@Override
			public String bucketName(String baseName) {
				return topology.bucket(baseName).getBucketName();
			}

			@Override
			public List<String> sesIdentityArns() {
				return sesIdentityArns;
			}

		};
	}

}
