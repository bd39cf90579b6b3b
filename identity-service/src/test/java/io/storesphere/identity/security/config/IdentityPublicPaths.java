package io.storesphere.identity.security.config;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Identity's own security configuration (its public paths) for web slices, which do not
 * scan {@code @Configuration} classes and cannot name the package-private one directly.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class IdentityPublicPaths {

}
