package io.storesphere.topology.bootstrap;

import java.util.ArrayList;
import java.util.List;

import io.storesphere.topology.BucketSpec;
import io.storesphere.topology.Environment;
import io.storesphere.topology.Topology;
import io.storesphere.topology.bootstrap.BootstrapReport.Action;
import io.storesphere.topology.bootstrap.BootstrapReport.Change;
import io.storesphere.topology.bootstrap.BootstrapReport.Kind;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * The topology's S3 buckets, created when missing. New buckets are private with public
 * access blocked and SSE-S3 by default; on AWS the CDK sets that explicitly.
 */
final class Buckets {

	private final S3Client s3;

	Buckets(S3Client s3) {
		this.s3 = s3;
	}

	List<Change> ensure(Topology topology, Environment environment) {
		List<Change> changes = new ArrayList<>();
		for (BucketSpec bucket : topology.buckets()) {
			changes.add(ensureBucket(environment.bucketName(bucket)));
		}
		return changes;
	}

	private Change ensureBucket(String name) {
		try {
			this.s3.headBucket((request) -> request.bucket(name));
			return new Change(Kind.BUCKET, name, Action.UNCHANGED);
		}
		catch (NoSuchBucketException missing) {
			String region = this.s3.serviceClientConfiguration().region().id();
			this.s3.createBucket((request) -> {
				request.bucket(name);
				// us-east-1 is the default location and refuses to be named as a
				// constraint.
				if (!"us-east-1".equals(region)) {
					request.createBucketConfiguration((configuration) -> configuration
						.locationConstraint(BucketLocationConstraint.fromValue(region)));
				}
			});
			return new Change(Kind.BUCKET, name, Action.CREATED);
		}
	}

}
