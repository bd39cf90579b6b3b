package io.storesphere.topology.bootstrap;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The three clients the bootstrap needs. With endpoints (emulators, LocalStack) they use
 * static test credentials; without, the default AWS credentials chain.
 */
public record AwsClients(SnsClient sns, SqsClient sqs, DynamoDbClient dynamoDb) implements AutoCloseable {

	public static AwsClients create(Region region, URI snsEndpoint, URI sqsEndpoint, URI dynamoDbEndpoint) {
		boolean emulated = snsEndpoint != null || sqsEndpoint != null || dynamoDbEndpoint != null;
		AwsCredentialsProvider credentials = emulated
				? StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))
				: DefaultCredentialsProvider.builder().build();
		var sns = SnsClient.builder().region(region).credentialsProvider(credentials);
		var sqs = SqsClient.builder().region(region).credentialsProvider(credentials);
		var dynamoDb = DynamoDbClient.builder().region(region).credentialsProvider(credentials);
		if (snsEndpoint != null) {
			sns.endpointOverride(snsEndpoint);
		}
		if (sqsEndpoint != null) {
			sqs.endpointOverride(sqsEndpoint);
		}
		if (dynamoDbEndpoint != null) {
			dynamoDb.endpointOverride(dynamoDbEndpoint);
		}
		return new AwsClients(sns.build(), sqs.build(), dynamoDb.build());
	}

	public TopologyBootstrap bootstrap() {
		return new TopologyBootstrap(this.sns, this.sqs, this.dynamoDb);
	}

	@Override
	public void close() {
		this.sns.close();
		this.sqs.close();
		this.dynamoDb.close();
	}

}
