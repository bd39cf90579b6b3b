package io.storesphere.localaws;

import java.net.URI;

/**
 * Where the emulated AWS services listen. fauxqs serves SNS, SQS and S3 on one endpoint;
 * LocalStack serves all five on one. S3 clients use path-style addressing against them.
 */
public record Endpoints(URI sns, URI sqs, URI ses, URI dynamoDb, URI s3) {

	/** The region and static credentials every emulator accepts. */
	public static final String REGION = "us-east-1";

	public static final String ACCESS_KEY = "test";

	public static final String SECRET_KEY = "test";

}
