package io.storesphere.testsupport.aws;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import io.storesphere.localaws.Endpoints;
import io.storesphere.localaws.LocalAws;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The AWS endpoints for this test JVM, started on first use and reused by every test
 * after it.
 *
 * <p>
 * By default the emulators (fauxqs for SNS, SQS and S3, aws-ses-v2-local, dynalite for
 * DynamoDB) run as child processes on free ports. With
 * {@code -Dstoresphere.test.aws=localstack} and a Docker engine, LocalStack runs in a
 * container instead.
 */
public final class AwsEmulators {

	/**
	 * System property choosing the backend: {@code emulators} (default) or
	 * {@code localstack}.
	 */
	public static final String MODE_PROPERTY = "storesphere.test.aws";

	/** Pinned: the last LocalStack line that runs without an auth token. */
	public static final String LOCALSTACK_IMAGE = "localstack/localstack:4.12.0";

	private static Endpoints endpoints;

	private AwsEmulators() {
	}

	public static synchronized Endpoints endpoints() {
		if (endpoints == null) {
			endpoints = "localstack".equalsIgnoreCase(System.getProperty(MODE_PROPERTY)) ? startLocalStack()
					: startEmulators();
		}
		return endpoints;
	}

	private static Endpoints startEmulators() {
		try {
			Path logs = Files.createDirectories(Path.of("target", "emulator-logs"));
			LocalAws aws = LocalAws.start(LocalAws.Options.ephemeral(logs));
			Runtime.getRuntime().addShutdownHook(new Thread(aws::close, "aws-emulators-shutdown"));
			return aws.endpoints();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the AWS emulators: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting the AWS emulators", ex);
		}
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
	private static Endpoints startLocalStack() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			throw new IllegalStateException("-D" + MODE_PROPERTY + "=localstack needs a Docker engine and none is"
					+ " reachable. Start Docker, or drop the property to use the local emulators.");
		}
		LocalStackContainer localStack = new LocalStackContainer(DockerImageName.parse(LOCALSTACK_IMAGE))
			.withServices("sns", "sqs", "ses", "dynamodb", "s3");
		localStack.start();
		URI endpoint = localStack.getEndpoint();
		return new Endpoints(endpoint, endpoint, endpoint, endpoint, endpoint);
	}

}
