package io.storesphere.testsupport.aws;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test context at the AWS emulators: the Spring Cloud AWS endpoints,
 * region and credentials are set, and the suite's topology exists under a fresh
 * environment name, exposed as {@code storesphere.environment}. Contexts are cached as
 * usual, so test classes with the same configuration share one environment.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface UseAwsEmulators {

}
