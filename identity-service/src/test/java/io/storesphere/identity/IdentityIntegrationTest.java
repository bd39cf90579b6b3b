package io.storesphere.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.mysql.UseMySql;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/** Identity on a random port, with a fresh MySQL schema and the AWS emulators. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@UseAwsEmulators
@UseMySql
@interface IdentityIntegrationTest {

}
