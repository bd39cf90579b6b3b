package io.storesphere.localaws;

import java.net.URI;

/**
 * Where the emulated AWS services listen. fauxqs serves SNS and SQS on one endpoint;
 * LocalStack serves all four on one.
 */
public record Endpoints(URI sns, URI sqs, URI ses, URI dynamoDb) {

	/** The region and static credentials every emulator accepts. */
	public static final String REGION = "us-east-1";

	public static final String ACCESS_KEY = "test";

	public static final String SECRET_KEY = "test";

}
