package io.storesphere.infra.cdk;

import io.storesphere.topology.Environment;

import software.amazon.awscdk.services.ecs.Cluster;

/**
 * What every microservice's task is built from, the same for all of them.
 *
 * @param environment prefixes the service's names
 * @param cluster the ECS cluster, whose namespace Service Connect uses
 * @param foundation the image repositories and the operator-supplied secrets
 * @param imageTag the tag every service's image is run at
 * @param database the shared MySQL instance, for the services owning a database
 * @param resources the topology's resources (and SES identities) grants and variables
 * name
 * @param adminEmail the bootstrapped administrator, for identity
 * @param mailDomain the domain notification sends from
 */
record ServicePlatform(Environment environment, Cluster cluster, FoundationStack foundation, String imageTag,
		Database database, ResourceArns resources, String adminEmail, String mailDomain) {

}
