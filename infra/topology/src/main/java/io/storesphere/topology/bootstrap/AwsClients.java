package io.storesphere.topology.bootstrap;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The four clients the bootstrap needs. With endpoints (emulators, LocalStack) they use
 * static test credentials, and S3 path-style addressing (emulators cannot resolve
 * {@code <bucket>.<host>} names); without, the default AWS credentials chain.
 */
public record AwsClients(SnsClient sns, SqsClient sqs, DynamoDbClient dynamoDb, S3Client s3) implements AutoCloseable {

	public static AwsClients create(Region region, URI snsEndpoint, URI sqsEndpoint, URI dynamoDbEndpoint,
			URI s3Endpoint) {
		boolean emulated = snsEndpoint != null || sqsEndpoint != null || dynamoDbEndpoint != null || s3Endpoint != null;
		AwsCredentialsProvider credentials = emulated
				? StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))
				: DefaultCredentialsProvider.builder().build();
		var sns = SnsClient.builder().region(region).credentialsProvider(credentials);
		var sqs = SqsClient.builder().region(region).credentialsProvider(credentials);
		var dynamoDb = DynamoDbClient.builder().region(region).credentialsProvider(credentials);
		var s3 = S3Client.builder().region(region).credentialsProvider(credentials);
		if (snsEndpoint != null) {
			sns.endpointOverride(snsEndpoint);
		}
		if (sqsEndpoint != null) {
			sqs.endpointOverride(sqsEndpoint);
		}
		if (dynamoDbEndpoint != null) {
			dynamoDb.endpointOverride(dynamoDbEndpoint);
		}
		if (s3Endpoint != null) {
			s3.endpointOverride(s3Endpoint).forcePathStyle(true);
		}
		return new AwsClients(sns.build(), sqs.build(), dynamoDb.build(), s3.build());
	}

	public TopologyBootstrap bootstrap() {
		return new TopologyBootstrap(this.sns, this.sqs, this.dynamoDb, this.s3);
	}

	@Override
	public void close() {
		this.sns.close();
		this.sqs.close();
		this.dynamoDb.close();
		this.s3.close();
	}

}
