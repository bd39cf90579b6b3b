/**
 * The suite's messaging and storage topology, defined once in plain Java: topics, one
 * queue per consuming service and topic (each with a dead-letter queue), the
 * subscriptions with their {@code eventType} filter policies, the DynamoDB tables and the
 * S3 buckets. The local run, the tests, docker-compose's bootstrap and the AWS
 * infrastructure code are all built from
 * {@link io.storesphere.topology.Topology#storeSphere()}.
 */
package io.storesphere.topology;
