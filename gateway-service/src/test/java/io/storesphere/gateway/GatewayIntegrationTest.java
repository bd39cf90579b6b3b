package io.storesphere.gateway;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.security.UseTestTokens;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The gateway on a random port, accepting test tokens, with its rate-limit table on the
 * emulators.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@UseAwsEmulators
@UseTestTokens
@interface GatewayIntegrationTest {

}
