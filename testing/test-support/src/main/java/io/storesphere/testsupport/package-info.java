/**
 * What the services' tests share. Annotate a {@code @SpringBootTest} with
 * {@link io.storesphere.testsupport.aws.UseAwsEmulators} to get the AWS emulators (or
 * LocalStack) with the whole topology under a fresh environment prefix, and with
 * {@link io.storesphere.testsupport.mysql.UseMySql} to get a fresh MySQL-compatible
 * schema.
 */
package io.storesphere.testsupport;
