package io.storesphere.infra.cdk;

import java.util.List;

/**
 * The ARNs of the resources a task role may be granted, looked up by the topology's base
 * names.
 */
interface OwnResources {

	String tableArn(String baseName);

	boolean tableHasIndexes(String baseName);

	String queueArn(String baseName);

	String topicArn(String baseName);

	String bucketArn(String baseName);

	/** The bucket's name, which CloudFormation chooses. */
	String bucketName(String baseName);

	/** The SES identities mail may be sent from (and, in the sandbox, to). */
	List<String> sesIdentityArns();

}
