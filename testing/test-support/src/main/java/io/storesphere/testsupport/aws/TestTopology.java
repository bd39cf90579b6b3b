package io.storesphere.testsupport.aws;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import io.storesphere.localaws.Endpoints;
import io.storesphere.topology.Environment;
import io.storesphere.topology.Topology;
import io.storesphere.topology.bootstrap.AwsClients;
import software.amazon.awssdk.regions.Region;

/**
 * Creates the whole topology under a fresh environment name, so tests never see each
 * other's messages.
 */
public final class TestTopology {

	private TestTopology() {
	}

	/** A new, random environment such as {@code t3f9a0c12}. */
	public static Environment freshEnvironment() {
		byte[] random = new byte[4];
		ThreadLocalRandom.current().nextBytes(random);
		return new Environment("t" + HexFormat.of().formatHex(random));
	}

	/** Bootstraps the topology for a fresh environment and returns it. */
	public static Environment bootstrapFresh(Endpoints endpoints) {
		Environment environment = freshEnvironment();
		try (AwsClients clients = clients(endpoints)) {
			clients.bootstrap().apply(Topology.storeSphere(), environment);
		}
		return environment;
	}

	/** SDK clients for the emulators; close them when done. */
	public static AwsClients clients(Endpoints endpoints) {
		return AwsClients.create(Region.of(Endpoints.REGION), endpoints.sns(), endpoints.sqs(), endpoints.dynamoDb());
	}

}
